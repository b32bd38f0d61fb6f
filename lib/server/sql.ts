import type { Payload } from 'payload'

/**
 * One SQL statement on whichever SQL adapter runs (SQLite or PostgreSQL), for the few writes that
 * must be a single atomic statement (counters, seats). Write it in the SQL both speak: CAST rather
 * than `::`, CASE rather than MAX/GREATEST, RETURNING to learn what changed. `sql` is drizzle's tag,
 * the same in both adapters.
 */
export type SqlTag = typeof import('@payloadcms/db-sqlite').sql

type SqliteDb = { drizzle: { all: (query: unknown) => Promise<Record<string, unknown>[]> } }
type PostgresDb = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

/** Whether the database is one of the SQL adapters (MongoDB has its own code path at each use). */
export const isSql = (payload: Payload) => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** Runs the statement `build` makes and returns its rows (those of RETURNING for a write). */
export async function sqlRows(payload: Payload, build: (sql: SqlTag) => unknown): Promise<Record<string, unknown>[]> {
  if (payload.db.name === 'postgres') {
    const { sql } = await import('@payloadcms/db-postgres')
    const result = await (payload.db as unknown as PostgresDb).drizzle.execute(build(sql as unknown as SqlTag))
    return result.rows
  }
  if (payload.db.name === 'sqlite') {
    const { sql } = await import('@payloadcms/db-sqlite')
    return (payload.db as unknown as SqliteDb).drizzle.all(build(sql))
  }
  throw new Error(`No SQL on the ${payload.db.name} adapter`)
}
