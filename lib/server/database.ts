import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../../migrations'
import type { DatabaseChoice } from './databaseChoice'
import { projectRoot } from './paths'

import { chooseDatabase, standaloneMongoProblem } from './databaseChoice'

export { chooseDatabase, DatabaseUriError, DEFAULT_SQLITE_FILE, type DatabaseChoice } from './databaseChoice'

const root = projectRoot

/**
 * SQLite never uses Payload's dev-mode schema push: the committed migrations make the schema in
 * every environment (see `migrateSqlite` in payload.config.ts and `prodMigrations` here), so a file
 * made by `npm run seed` or `npm run dev` opens cleanly in `npm start` and the other way round.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    // Readers never block the writer (WAL), and a writer waits up to 5 s for another instead of
    // failing with SQLITE_BUSY. synchronous=FULL keeps every acknowledged write across a power cut.
    wal: { synchronous: 'FULL' },
    busyTimeout: 5000,
    client: { url: choice.url },
    migrationDir: path.join(root, 'migrations'),
    prodMigrations: migrations,
    push: false,
    afterSchemaInit: [indexLocalesByParent],
  })
}

/**
 * Payload keeps a document's localized fields in `<table>_locales` rows, indexed unique on
 * (_locale, _parent_id) only, and reads them with a subquery per document `WHERE _parent_id = ?`,
 * which that index cannot serve: SQLite scanned all of policies_locales for every policy, and page
 * 40 of a 1,430-policy list took 14 s at the scale data set (npm run bench -- --scale). An index on
 * _parent_id of every locales table makes it 40 ms. (MongoDB keeps locales inside the document.)
 */
const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (t) => ({ parentIdx: index(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}

/** Payload's onInit: the schema on SQLite, the replica set on MongoDB. */
export async function onDatabaseReady(payload: Payload) {
  if (payload.db.name === 'mongoose') {
    const client = (payload.db as unknown as { connection: { getClient(): { options: { replicaSet?: string } } } })
      .connection
    const problem = standaloneMongoProblem(
      chooseDatabase(process.env.DATABASE_URI),
      process.env,
      client.getClient().options.replicaSet ?? null,
    )
    if (problem) throw new Error(problem)
  }
  await migrateSqlite(payload)
}

/**
 * Outside production (where `prodMigrations` does it on connect) the migrations are applied when
 * Payload starts, so development, tests and `npm run seed` make the schema the same way as `npm start`.
 */
export async function migrateSqlite(payload: Payload) {
  if (payload.db.name !== 'sqlite') return
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_MIGRATING === 'true') return
  // The generated migration files type their arguments for SQLite; Payload's list type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
