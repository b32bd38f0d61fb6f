import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../../migrations'
import { migrations as postgresMigrations } from '../../migrations/postgres'
import type { DatabaseChoice } from './databaseChoice'
import { projectRoot } from './paths'
import { routedPg, routingOptionsFromEnv } from './postgresRouting'

import { chooseDatabase, standaloneMongoProblem } from './databaseChoice'

export { chooseDatabase, DatabaseUriError, DEFAULT_SQLITE_FILE, type DatabaseChoice } from './databaseChoice'

const root = projectRoot

/**
 * The SQL databases never use Payload's dev-mode schema push: each has its committed migrations
 * (SQLite's in migrations/, PostgreSQL's in migrations/postgres/: the SQL differs), applied the same
 * way on every start (`migrateSql` below, `prodMigrations` in production), each in a transaction, so
 * a database made by `npm run seed` or `npm run dev` opens cleanly in `npm start` and the other way round.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  if (choice.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: choice.url, max: Number(process.env.DATABASE_POOL_MAX || 10) },
      // Reads go to a replica, but to the primary after a write and while the replica is down;
      // every wait is bounded (postgresRouting.ts).
      readReplicas: choice.readReplicas.length ? choice.readReplicas : undefined,
      pg: routedPg(routingOptionsFromEnv(choice.readReplicas)),
      migrationDir: path.join(root, 'migrations', 'postgres'),
      prodMigrations: postgresMigrations,
      push: false,
      afterSchemaInit: [indexPostgresLocalesByParent],
    })
  }
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

/** The same index on PostgreSQL, which has the same per-document subquery (and plans it the same way). */
const indexPostgresLocalesByParent: NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number] = ({
  schema,
  extendTable,
}) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (t) => ({ parentIdx: pgIndex(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}

/** Payload's onInit: the schema on SQLite and PostgreSQL, the replica set on MongoDB. */
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
  await migrateSql(payload)
}

/**
 * Outside production (where `prodMigrations` does it on connect) the migrations are applied when
 * Payload starts, so development, tests and `npm run seed` make the schema the same way as `npm start`.
 */
export async function migrateSql(payload: Payload) {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_MIGRATING === 'true') return
  // The generated migration files type their arguments for their adapter; Payload's list type is adapter-neutral.
  const list = payload.db.name === 'postgres' ? postgresMigrations : migrations
  await payload.db.migrate({ migrations: list as unknown as Migration[] })
}
