import { adminT } from '@/i18n/admin'
import { beijingTime, defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { DashboardList, type DashboardPartProps, type Row } from './DashboardList'

/** Events shown, soonest first. */
const EVENTS = 20
/** Registrations read per event list (a dashboard count, not an export). */
const REGISTRATIONS = 10_000

/**
 * On the dashboard: each upcoming event that takes sign-ups on the portal, with the people
 * confirmed, the people waiting and the places left (or no limit), linked to its registrations.
 */
export async function UpcomingEvents({ payload, user, i18n, more }: DashboardPartProps) {
  const say = adminT(i18n.t)
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const { docs: events } = await payload.find({
    collection: 'events',
    where: {
      and: [{ startsAt: { greater_than: new Date().toISOString() } }, { 'registration.method': { equals: 'builtin' } }],
    },
    sort: 'startsAt',
    limit: EVENTS,
    depth: 0,
    locale,
    draft: true,
    overrideAccess: false,
    user,
    select: { title: true, startsAt: true, registration: true, _status: true },
  })
  const { docs: registrations } = events.length
    ? await payload.find({
        collection: 'registrations',
        where: {
          and: [{ event: { in: events.map((e) => e.id) } }, { status: { in: ['confirmed', 'waitlisted'] } }],
        },
        limit: REGISTRATIONS,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
        select: { event: true, status: true, attendees: true },
      })
    : { docs: [] }
  const people = (eventId: number, status: string) =>
    registrations
      .filter((r) => (typeof r.event === 'object' ? r.event?.id : r.event) === eventId && r.status === status)
      .reduce((sum, r) => sum + (r.attendees ?? 1), 0)

  const rows: Row[] = events.map((event) => {
    const confirmed = people(event.id, 'confirmed')
    const capacity = event.registration?.capacity
    const left = capacity == null ? say('registrations:unlimited') : String(Math.max(0, capacity - confirmed))
    return {
      key: `events-${event.id}`,
      href: `/admin/collections/events/${event.id}`,
      title: event.title ?? String(event.id),
      note: say('dashboard:eventLine', {
        date: beijingTime(event.startsAt, false),
        confirmed,
        waiting: people(event.id, 'waitlisted'),
        left,
      }),
      link: {
        href: `/admin/collections/registrations?where[event][equals]=${event.id}`,
        label: say('registrations:openList'),
      },
    }
  })
  return (
    <DashboardList
      more={more}
      title={say('dashboard:upcomingEvents')}
      empty={say('dashboard:upcomingEventsNone')}
      rows={rows}
    />
  )
}
