import type { Payload } from 'payload'

import { revalidateTag } from 'next/cache'

import { seatsTag } from '@/lib/portal/cacheTags'
import { isSql, sqlRows } from '@/lib/server/sql'

/**
 * Places at events, taken and given back atomically. Each is one conditional update of the event's
 * row in `event-seats`: "add n where taken + n ≤ capacity" either changes the row or nothing, in
 * one statement (SQLite, PostgreSQL) or one document update (MongoDB), so no interleaving of concurrent
 * sign-ups — in one process or several on one database — can take more places than there are.
 * A newcomer's places are taken only while nobody waits (in the same statement, on SQL), so places
 * that come free go to the waiting list first (lib/registrations/waitlist.ts).
 */

type Row = { id: number | string }

/** The event's row of places, if it has one yet. */
const findSeats = async (payload: Payload, eventId: number | string) =>
  (
    await payload.find({
      collection: 'event-seats',
      where: { event: { equals: eventId } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs[0]

async function seatRow(payload: Payload, eventId: number | string): Promise<Row> {
  const find = () => findSeats(payload, eventId)
  const found = await find()
  if (found) return found
  try {
    return await payload.create({
      collection: 'event-seats',
      data: { event: eventId as number, taken: 0 },
      overrideAccess: true,
    })
  } catch (error) {
    // Another sign-up created it first (the event is unique).
    const raced = await find()
    if (raced) return raced
    throw error
  }
}

export type MongoDb = {
  collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }>
}

/** The event's page shows the places left: its cached count goes (outside Next, there is no cache). */
function seatsChanged(eventId: number | string) {
  try {
    revalidateTag(seatsTag(eventId), { expire: 0 })
  } catch {
    // A script or a test: no page cache to refresh.
  }
}

/**
 * Runs "add `delta` to taken, if it stays within `limit`" on the row (and, with `eventId`, if no
 * registration of that event is on the waiting list); true when it changed.
 */
async function conditionalAdd(
  payload: Payload,
  row: Row,
  delta: number,
  limit: number | undefined,
  behindWaiting?: number | string,
) {
  if (isSql(payload)) {
    const changed = await sqlRows(payload, (sql) =>
      delta > 0
        ? sql`UPDATE event_seats SET taken = taken + CAST(${delta} AS numeric)
            WHERE id = ${row.id} AND taken + CAST(${delta} AS numeric) <= CAST(${limit ?? Number.MAX_SAFE_INTEGER} AS numeric)
            ${
              behindWaiting === undefined
                ? sql``
                : sql`AND NOT EXISTS (SELECT 1 FROM registrations WHERE event_id = ${behindWaiting} AND status = 'waitlisted')`
            }
            RETURNING id`
        : sql`UPDATE event_seats SET taken = CASE WHEN taken + CAST(${delta} AS numeric) > 0 THEN taken + CAST(${delta} AS numeric) ELSE 0 END
            WHERE id = ${row.id} RETURNING id`,
    )
    return changed.length === 1
  }
  // MongoDB cannot test another collection in the same update: the waiting list is looked at just
  // before (a sign-up racing a cancellation can then be confirmed beside someone waiting).
  if (behindWaiting !== undefined && (await waiting(payload, behindWaiting)) > 0) return false
  const model = (payload.db as unknown as MongoDb).collections['event-seats']!
  const result = await model.updateOne(
    delta > 0
      ? { _id: row.id, taken: { $lte: (limit ?? Number.MAX_SAFE_INTEGER) - delta } }
      : { _id: row.id, taken: { $gte: -delta } },
    { $inc: { taken: delta } },
  )
  return result.modifiedCount === 1
}

/** How many registrations of an event are on its waiting list. */
const waiting = async (payload: Payload, eventId: number | string) =>
  (
    await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * Takes `count` places of an event with `capacity` places (none: unlimited); false when they are not
 * there. `newcomer`: also false while anyone is on the waiting list (they come first).
 */
export async function takeSeats(
  payload: Payload,
  eventId: number | string,
  count: number,
  capacity?: number | null,
  { newcomer = false }: { newcomer?: boolean } = {},
) {
  const row = await seatRow(payload, eventId)
  const taken = await conditionalAdd(payload, row, count, capacity ?? undefined, newcomer ? eventId : undefined)
  if (taken) seatsChanged(eventId)
  return taken
}

/** Gives `count` places back (a cancellation, a move to the waitlist). */
export async function releaseSeats(payload: Payload, eventId: number | string, count: number) {
  const row = await seatRow(payload, eventId)
  await conditionalAdd(payload, row, -count, undefined)
  seatsChanged(eventId)
}

/** How many places are taken. */
export async function seatsTaken(payload: Payload, eventId: number | string): Promise<number> {
  return (await findSeats(payload, eventId))?.taken ?? 0
}
