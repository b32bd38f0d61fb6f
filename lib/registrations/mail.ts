import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { formatDate, formatDateTime } from '@/lib/portal/format'
import { calendarEntry, icsEvent } from '@/lib/portal/ics'
import { documentPath } from '@/lib/sections'
import { configuredServerUrl } from '@/lib/server/serverUrl'
import { isSql, sqlRows } from '@/lib/server/sql'
import type { Event, Registration } from '@/payload-types'

import type { MongoDb } from './seats'

/** The event's page and the registration's cancel page, as absolute links for an email. */
export const eventUrl = (event: Pick<Event, 'slug'>, locale: Locale) =>
  `${configuredServerUrl()}${documentPath('events', event.slug, locale)}`
export const cancelUrl = (event: Pick<Event, 'slug'>, locale: Locale, reference: string, token: string) =>
  `${eventUrl(event, locale)}/cancel?ref=${encodeURIComponent(reference)}&token=${encodeURIComponent(token)}`

/**
 * Writes whether the email went out, and nothing else: Payload's update writes the whole row as it
 * read it, and this runs after the email, by which time the waiting list may have moved the
 * registration up (lib/registrations/waitlist.ts): its old status must not be written back.
 */
async function recordConfirmation(payload: Payload, id: number | string, outcome: 'sent' | 'failed') {
  if (isSql(payload)) {
    await sqlRows(payload, (sql) =>
      outcome === 'sent'
        ? sql`UPDATE registrations SET confirmation = 'sent' WHERE id = ${id}`
        : sql`UPDATE registrations SET confirmation = 'failed' WHERE id = ${id}`,
    )
    return
  }
  await (payload.db as unknown as MongoDb).collections.registrations!.updateOne(
    { _id: id },
    { $set: { confirmation: outcome } },
  )
}

/**
 * The registrant's confirmation, in the language of the page they registered on: what they signed up
 * for, their reference, the event as an .ics attachment and the link that cancels. Without `token`
 * (only its hash is kept) it is the news that a place came free for someone on the waiting list,
 * who cancels with the link of their first email. Sent through Payload's email adapter (SMTP when
 * configured); a failure is recorded on the registration and never undoes it.
 */
export async function sendConfirmation(
  payload: Payload,
  registration: Registration,
  event: Event,
  token: string | undefined,
) {
  const locale: Locale = isLocale(registration.locale) ? registration.locale : defaultLocale
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Registration.mail' })
  const when = event.dateOnly ? formatDate(event.startsAt, locale) : formatDateTime(event.startsAt, locale)
  const where = [event.venue, event.city].filter(Boolean).join(', ')
  const vars = { title: event.title, reference: registration.reference, attendees: registration.attendees }
  const kind = token === undefined ? 'promoted' : registration.status === 'waitlisted' ? 'waitlisted' : 'confirmed'
  let outcome: 'sent' | 'failed' = 'sent'
  try {
    await payload.sendEmail({
      to: registration.email!,
      subject: t(`${kind}Subject`, vars),
      text: [
        t('greeting', { name: registration.name }),
        '',
        t(kind, vars),
        t('when', { when }),
        ...(where ? [t('where', { where })] : []),
        t('reference', vars),
        '',
        t('calendar'),
        `${t('page')} ${eventUrl(event, locale)}`,
        '',
        ...(token === undefined
          ? [t('cancelEarlier')]
          : [t('cancel'), cancelUrl(event, locale, registration.reference, token)]),
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
  await recordConfirmation(payload, registration.id, outcome).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: `Registration ${registration.reference}: confirmation state` }),
  )
  return outcome
}
