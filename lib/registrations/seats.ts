import type { Payload } from 'payload'

import { isSql, sqlRows } from '@/lib/server/sql'

/**
 * Places at events, taken and given back atomically. Each is one conditional update of the event's
 * row in `event-seats`: "add n where taken + n ≤ capacity" either changes the row or nothing, in
 * one statement (SQLite, PostgreSQL) or one document update (MongoDB), so no interleaving of concurrent
 * sign-ups — in one process or several on one database — can take more places than there are.
 */

type Row = { id: number | string }

async function seatRow(payload: Payload, eventId: number | string): Promise<Row> {
  const find = async () =>
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

type MongoDb = {
  collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }>
}

/** Runs "add `delta` to taken, if `guard` holds" on the row; true when it changed. */
async function conditionalAdd(payload: Payload, row: Row, delta: number, limit: number | undefined) {
  if (isSql(payload)) {
    const changed = await sqlRows(payload, (sql) =>
      delta > 0
        ? sql`UPDATE event_seats SET taken = taken + CAST(${delta} AS numeric)
            WHERE id = ${row.id} AND taken + CAST(${delta} AS numeric) <= CAST(${limit ?? Number.MAX_SAFE_INTEGER} AS numeric)
            RETURNING id`
        : sql`UPDATE event_seats SET taken = CASE WHEN taken + CAST(${delta} AS numeric) > 0 THEN taken + CAST(${delta} AS numeric) ELSE 0 END
            WHERE id = ${row.id} RETURNING id`,
    )
    return changed.length === 1
  }
  const model = (payload.db as unknown as MongoDb).collections['event-seats']!
  const result = await model.updateOne(
    delta > 0
      ? { _id: row.id, taken: { $lte: (limit ?? Number.MAX_SAFE_INTEGER) - delta } }
      : { _id: row.id, taken: { $gte: -delta } },
    { $inc: { taken: delta } },
  )
  return result.modifiedCount === 1
}

/** Takes `count` places of an event with `capacity` places (none: unlimited); false when they are not there. */
export async function takeSeats(payload: Payload, eventId: number | string, count: number, capacity?: number | null) {
  const row = await seatRow(payload, eventId)
  return conditionalAdd(payload, row, count, capacity ?? undefined)
}

/** Gives `count` places back (a cancellation, a move to the waitlist). */
export async function releaseSeats(payload: Payload, eventId: number | string, count: number) {
  const row = await seatRow(payload, eventId)
  await conditionalAdd(payload, row, -count, undefined)
}

/** How many places are taken. */
export async function seatsTaken(payload: Payload, eventId: number | string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'event-seats',
    where: { event: { equals: eventId } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]?.taken ?? 0
}
