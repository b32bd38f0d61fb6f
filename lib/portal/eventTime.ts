import type { Where } from 'payload'

import type { Event } from '@/payload-types'

const DAY_MS = 86_400_000

type Timed = Pick<Event, 'startsAt' | 'endsAt' | 'dateOnly'>

/**
 * When an event is over: at its end (its start, without one); a date-only event at the end of its
 * last day. One definition for the event page, the lists, the feeds and the home page.
 */
export const eventOverAt = (event: Timed) =>
  new Date(event.endsAt ?? event.startsAt).getTime() + (event.dateOnly ? DAY_MS : 0)

export const isPast = (event: Timed, now = Date.now()) => eventOverAt(event) < now

// Unset counts as "not date-only" (a checkbox never saved is null in SQL, not false).
const notDateOnly: Where = { or: [{ dateOnly: { equals: false } }, { dateOnly: { exists: false } }] }

/** The same rule as a query: events not over at `now` (or, with `past`, those that are). */
export function eventTimeWhere(past: boolean, now = Date.now()): Where {
  const notOverSince = (since: number): Where => ({
    or: [
      { endsAt: { greater_than_equal: new Date(since).toISOString() } },
      {
        and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: new Date(since).toISOString() } }],
      },
    ],
  })
  const upcoming: Where = {
    or: [
      { and: [{ dateOnly: { equals: true } }, notOverSince(now - DAY_MS)] },
      { and: [notDateOnly, notOverSince(now)] },
    ],
  }
  if (!past) return upcoming
  const overSince = (since: number): Where => ({
    or: [
      { endsAt: { less_than: new Date(since).toISOString() } },
      { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: new Date(since).toISOString() } }] },
    ],
  })
  return {
    or: [{ and: [{ dateOnly: { equals: true } }, overSince(now - DAY_MS)] }, { and: [notDateOnly, overSince(now)] }],
  }
}
