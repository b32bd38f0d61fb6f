import type { Payload } from 'payload'

import { isSql, sqlRows } from './sql'

/**
 * Counters in the database, for when there is no Redis (lib/server/limits.ts). Each change is one
 * statement on the counter's row — SQLite and PostgreSQL: an upsert with RETURNING; MongoDB: one findOneAndUpdate
 * with an update pipeline — so concurrent requests each see a different count: the check and the
 * taking are one step, as with Redis's INCR. A window starts with the first count and ends
 * `windowMs` later; the next count after it starts a new one.
 */

type MongoCollection = {
  findOneAndUpdate: (
    filter: object,
    update: object[],
    options: object,
  ) => Promise<{ count?: number } | { value?: { count?: number } } | null>
  updateOne: (filter: object, update: object[]) => Promise<unknown>
  findOne: (filter: object) => Promise<{ count?: number; windowEnds?: number } | null>
}
type MongoDb = { collections: Record<string, { collection: MongoCollection }> }

const mongo = (payload: Payload) => (payload.db as unknown as MongoDb).collections['rate-counters']!.collection

/** Adds one to `key` and returns the count before it (0 in a new window). */
async function countOne(payload: Payload, key: string, windowMs: number): Promise<number> {
  const now = Date.now()
  const ends = now + windowMs
  if (isSql(payload)) {
    const stamp = new Date(now).toISOString()
    const rows = await sqlRows(
      payload,
      (sql) => sql`
      INSERT INTO rate_counters (key, count, window_ends, updated_at, created_at)
      VALUES (${key}, 1, CAST(${ends} AS numeric), ${stamp}, ${stamp})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_counters.window_ends <= CAST(${now} AS numeric) THEN 1 ELSE rate_counters.count + 1 END,
        window_ends = CASE WHEN rate_counters.window_ends <= CAST(${now} AS numeric) THEN CAST(${ends} AS numeric)
          ELSE rate_counters.window_ends END,
        updated_at = ${stamp}
      RETURNING count`,
    )
    return Number(rows[0]?.count ?? 1) - 1
  }
  const expired = { $lte: [{ $ifNull: ['$windowEnds', 0] }, now] }
  const update = [
    {
      $set: {
        key,
        count: { $cond: [expired, 1, { $add: ['$count', 1] }] },
        windowEnds: { $cond: [expired, ends, '$windowEnds'] },
        updatedAt: new Date(now),
      },
    },
  ]
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await mongo(payload).findOneAndUpdate({ key }, update, { upsert: true, returnDocument: 'after' })
      const doc = result && 'value' in result ? result.value : (result as { count?: number } | null)
      return Number(doc?.count ?? 1) - 1
    } catch (error) {
      // Two first counts at once: one upsert inserts, the other meets the unique key; count again.
      if ((error as { code?: number }).code === 11000 && attempt === 0) continue
      throw error
    }
  }
}

/** Adds one to each key; returns the counts before this one. */
export async function countInDatabase(payload: Payload, keys: string[], windowMs: number): Promise<number[]> {
  const counts: number[] = []
  for (const key of keys) counts.push(await countOne(payload, key, windowMs))
  return counts
}

/** Takes `by` off each key's count in its current window (never below 0). */
export async function uncountInDatabase(payload: Payload, keys: string[], by = 1): Promise<void> {
  const now = Date.now()
  for (const key of keys) {
    if (isSql(payload)) {
      await sqlRows(
        payload,
        (sql) => sql`
        UPDATE rate_counters SET count = CASE WHEN count > CAST(${by} AS numeric) THEN count - CAST(${by} AS numeric) ELSE 0 END
        WHERE key = ${key} AND window_ends > CAST(${now} AS numeric)
        RETURNING count`,
      )
    } else {
      await mongo(payload).updateOne({ key, windowEnds: { $gt: now } }, [
        { $set: { count: { $max: [{ $subtract: ['$count', by] }, 0] } } },
      ])
    }
  }
}

/** The count of `key` in its current window. */
export async function readCount(payload: Payload, key: string): Promise<number> {
  const now = Date.now()
  if (isSql(payload)) {
    const rows = await sqlRows(
      payload,
      (sql) => sql`SELECT count FROM rate_counters WHERE key = ${key} AND window_ends > CAST(${now} AS numeric)`,
    )
    return Number(rows[0]?.count ?? 0)
  }
  const doc = await mongo(payload).findOne({ key, windowEnds: { $gt: now } })
  return Number(doc?.count ?? 0)
}
