import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ChineseOnly } from '@/components/ChineseOnly'
import { DetailPage, DocumentBody } from '@/components/DetailPage'
import { ParkCards } from '@/components/RelatedCards'
import { Section } from '@/components/Section'
import { EventTime } from '@/components/EventTime'
import { RegistrationSection } from '@/components/RegistrationSection'
import { acceptsRegistrations } from '@/lib/registrations/open'
import { isPast } from '@/lib/portal/eventTime'
import { beijingDay, formatDateTime } from '@/lib/portal/format'
import { imageOf } from '@/lib/portal/media'
import { eventTypes, optionLabel } from '@/lib/schema/options'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { getEvent, getPlacesTaken } from '@/lib/portal/data'
import { pageMetadata, siteUrl } from '@/lib/portal/seo'
import { documentPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getEvent(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({
    locale,
    path: documentPath('events', doc.slug),
    title: doc.title,
    description: doc.summary,
    image: imageOf(doc.cover, 'hero'),
  })
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: event, fallback } = await getEvent(locale, slug)
  if (!event) return notFoundOrMoved('events', locale, slug)
  const [t, tc, tr] = await Promise.all([
    getTranslations('Events'),
    getTranslations('Common'),
    getTranslations('Registration'),
  ])
  // Over (lib/portal/eventTime.ts): nothing to sign up for or add.
  const past = isPast(event)
  const registration = event.registration
  // Checked again on the server when someone signs up (the page may be an hour old).
  const open = !past && registration?.method !== 'none' && acceptsRegistrations(event, new Date().getTime(), true)
  const builtin = open && (registration?.method ?? 'builtin') === 'builtin'
  // Places left at a sign-up on this site: a cached count that every sign-up and cancellation
  // refreshes (so the page re-renders then, and stays cached otherwise).
  const capacity = registration?.capacity
  const left = builtin && capacity != null ? Math.max(0, capacity - (await getPlacesTaken(event.id))) : undefined
  const parks = (event.relatedParks ?? []).filter((p) => typeof p === 'object')
  const image = imageOf(event.cover, 'hero')

  return (
    <DetailPage
      section="events"
      locale={locale}
      doc={event}
      fallback={fallback}
      jsonLd={{
        startDate: event.dateOnly ? beijingDay(event.startsAt) : event.startsAt,
        endDate: event.endsAt ? (event.dateOnly ? beijingDay(event.endsAt) : event.endsAt) : undefined,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: {
          '@type': 'Place',
          name: event.venue ?? event.city ?? undefined,
          address: event.city ?? undefined,
        },
        organizer: event.organiser ? { '@type': 'Organization', name: event.organiser } : undefined,
        image: image ? `${siteUrl()}${image.src}` : undefined,
      }}
      aside={
        <>
          <dl className="space-y-3 rounded-lg border border-slate-200 p-5 text-sm">
            <div>
              <dt className="text-slate-600">{t('when')}</dt>
              <dd className="font-medium text-slate-900">
                <EventTime at={event.startsAt} dateOnly={event.dateOnly} locale={locale} />
                {event.endsAt && (
                  <>
                    {' – '}
                    <EventTime at={event.endsAt} dateOnly={event.dateOnly} locale={locale} />
                  </>
                )}
                {!event.dateOnly && <span className="text-slate-600"> ({t('timeZone')})</span>}
              </dd>
            </div>
            {(event.venue || event.city) && (
              <div>
                <dt className="text-slate-600">{t('venue')}</dt>
                <dd className="font-medium text-slate-900">
                  {(['venue', 'city'] as const)
                    .filter((field) => event[field])
                    .map((field, i) => (
                      <span key={field}>
                        {i > 0 && ' · '}
                        <ChineseOnly active={fallback.has(field)} as="span">
                          {event[field]}
                        </ChineseOnly>
                      </span>
                    ))}
                </dd>
              </div>
            )}
            {event.organiser && (
              <div>
                <dt className="text-slate-600">{t('organiser')}</dt>
                <dd className="font-medium text-slate-900">{event.organiser}</dd>
              </div>
            )}
            {event.type && (
              <div>
                <dt className="text-slate-600">{t('type')}</dt>
                <dd className="font-medium text-slate-900">{optionLabel(eventTypes, event.type, locale)}</dd>
              </div>
            )}
            <div>
              <dt className="text-slate-600">{t('registration')}</dt>
              <dd className="font-medium text-slate-900">
                {registration?.method === 'none'
                  ? tr('notNeeded')
                  : open
                    ? left === 0
                      ? t('full')
                      : t('open')
                    : t('closed')}
                {left !== undefined && left > 0 && <> · {t('placesLeft', { left, capacity: capacity ?? 0 })}</>}
                {open && !builtin && capacity != null && <> · {t('capacity', { count: capacity })}</>}
                {open && registration?.deadline && (
                  <span className="block font-normal text-slate-700">
                    {t('deadline', { date: formatDateTime(registration.deadline, locale) })}
                  </span>
                )}
              </dd>
            </div>
          </dl>
          {open && (registration?.method ?? 'builtin') === 'builtin' && (
            <a
              href="#register"
              className="bg-brand-700 hover:bg-brand-800 block rounded-md px-4 py-2 text-center font-medium text-white"
            >
              {left === 0 ? t('joinWaitingList') : t('register')}
            </a>
          )}
          {open && registration?.method === 'link' && registration.url && (
            <a
              href={registration.url}
              rel="noopener"
              className="bg-brand-700 hover:bg-brand-800 block rounded-md px-4 py-2 text-center font-medium text-white"
            >
              {t('register')}
            </a>
          )}
          {!past && (
            <a
              href={`${documentPath('events', event.slug, locale)}/calendar.ics`}
              download
              className="hover:border-brand-700 hover:text-brand-700 block rounded-md border border-slate-300 px-4 py-2 text-center font-medium text-slate-800"
            >
              {t('addToCalendar')}
            </a>
          )}
        </>
      }
      after={
        <>
          {open && (registration?.method ?? 'builtin') === 'builtin' && (
            <RegistrationSection locale={locale} event={event.slug} />
          )}
          {parks.length > 0 && (
            <Section id="parks" title={tc('relatedParks')}>
              <ParkCards parks={parks} locale={locale} />
            </Section>
          )}
        </>
      }
    >
      <DocumentBody image={event.cover} body={event.body} chineseOnly={fallback.has('body')} />
    </DetailPage>
  )
}
