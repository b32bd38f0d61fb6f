import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { formatDate, formatDateTime } from '@/lib/portal/format'
import { calendarEntry, icsEvent } from '@/lib/portal/ics'
import { documentPath } from '@/lib/sections'
import { configuredServerUrl } from '@/lib/server/serverUrl'
import type { Event, Registration } from '@/payload-types'

/** The event's page and the registration's cancel page, as absolute links for an email. */
export const eventUrl = (event: Pick<Event, 'slug'>, locale: Locale) =>
  `${configuredServerUrl()}${documentPath('events', event.slug, locale)}`
export const cancelUrl = (event: Pick<Event, 'slug'>, locale: Locale, reference: string, token: string) =>
  `${eventUrl(event, locale)}/cancel?ref=${encodeURIComponent(reference)}&token=${encodeURIComponent(token)}`

/**
 * The registrant's confirmation, in the language of the page they registered on: what they signed up
 * for, their reference, the event as an .ics attachment and the link that cancels. Sent through
 * Payload's email adapter (SMTP when configured); a failure is recorded on the registration and
 * never undoes it.
 */
export async function sendConfirmation(payload: Payload, registration: Registration, event: Event, token: string) {
  const locale: Locale = isLocale(registration.locale) ? registration.locale : 'zh'
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Registration.mail' })
  const when = event.dateOnly ? formatDate(event.startsAt, locale) : formatDateTime(event.startsAt, locale)
  const where = [event.venue, event.city].filter(Boolean).join(', ')
  const vars = { title: event.title, reference: registration.reference, attendees: registration.attendees }
  const waitlisted = registration.status === 'waitlisted'
  let outcome: 'sent' | 'failed' = 'sent'
  try {
    await payload.sendEmail({
      to: registration.email!,
      subject: t(waitlisted ? 'waitlistedSubject' : 'confirmedSubject', vars),
      text: [
        t('greeting', { name: registration.name }),
        '',
        t(waitlisted ? 'waitlisted' : 'confirmed', vars),
        t('when', { when }),
        ...(where ? [t('where', { where })] : []),
        t('reference', vars),
        '',
        t('calendar'),
        `${t('page')} ${eventUrl(event, locale)}`,
        '',
        t('cancel'),
        cancelUrl(event, locale, registration.reference, token),
      ].join('\n'),
      attachments: [
        {
          filename: `${event.slug}.ics`,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: icsEvent(calendarEntry(event, eventUrl(event, locale))),
        },
      ],
    })
  } catch (error) {
    outcome = 'failed'
    payload.logger.error({
      err: error,
      msg: `Registration ${registration.reference} is stored, but its confirmation failed`,
    })
  }
  await payload
    .update({
      collection: 'registrations',
      id: registration.id,
      data: { confirmation: outcome },
      overrideAccess: true,
      depth: 0,
      context: { seatsHandled: true },
    })
    .catch((error) =>
      payload.logger.error({ err: error, msg: `Registration ${registration.reference}: confirmation state` }),
    )
  return outcome
}
