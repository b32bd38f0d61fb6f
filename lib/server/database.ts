import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import type { DatabaseChoice } from './databaseChoice'
import { projectRoot } from './paths'

import { chooseDatabase, standaloneMongoProblem } from './databaseChoice'

export { chooseDatabase, DatabaseUriError, DEFAULT_SQLITE_FILE, type DatabaseChoice } from './databaseChoice'

const root = projectRoot

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * The SQL databases never use Payload's dev-mode schema push: each has its committed migrations
 * (SQLite's in migrations/, PostgreSQL's in migrations/postgres/: the SQL differs), applied the same
 * way on every start (`migrateSql` below, `prodMigrations` in production), each in a transaction, so
 * a database made by `npm run seed` or `npm run dev` opens cleanly in `npm start` and the other way round.
 *
 * Only the chosen adapter is loaded, with its migrations: the other two (MongoDB's driver and
 * Mongoose, PostgreSQL's, libsql) cost a server that never uses them start time and memory.
 */
export async function databaseAdapter(choice: DatabaseChoice): Promise<DatabaseAdapterObj> {
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: choice.url })
  }
  if (choice.kind === 'postgres') {
    const [{ postgresAdapter }, { index }, { routedPg, routingOptionsFromEnv }, postgresMigrations] = await Promise.all(
      [
        import('@payloadcms/db-postgres'),
        import('@payloadcms/db-postgres/drizzle/pg-core'),
        import('./postgresRouting'),
        import('../../migrations/postgres'),
      ],
    )
    /** The same index as SQLite's below: PostgreSQL has the same per-document subquery (and plans it the same way). */
    const indexLocalesByParent: PostgresSchemaHook = ({ schema, extendTable }) => {
      for (const [name, table] of Object.entries(schema.tables)) {
        if (!name.endsWith('_locales') || !('_parentID' in table)) continue
        extendTable({ table, extraConfig: (t) => ({ parentIdx: index(`${name}_parent_idx`).on(t._parentID) }) })
      }
      return schema
    }
    return postgresAdapter({
      pool: { connectionString: choice.url, max: Number(process.env.DATABASE_POOL_MAX || 10) },
      // Reads go to a replica, but to the primary after a write and while the replica is down;
      // every wait is bounded (postgresRouting.ts).
      readReplicas: choice.readReplicas.length ? choice.readReplicas : undefined,
      pg: routedPg(routingOptionsFromEnv(choice.readReplicas)),
      migrationDir: path.join(root, 'migrations', 'postgres'),
      prodMigrations: postgresMigrations.migrations,
      push: false,
      afterSchemaInit: [indexLocalesByParent],
    })
  }
  mkdirSync(path.dirname(choice.file), { recursive: true })
  const [{ sqliteAdapter }, { index }, migrations] = await Promise.all([
    import('@payloadcms/db-sqlite'),
    import('@payloadcms/db-sqlite/drizzle/sqlite-core'),
    import('../../migrations'),
  ])
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
  return sqliteAdapter({
    // Readers never block the writer (WAL), and a writer waits up to 5 s for another instead of
    // failing with SQLITE_BUSY. synchronous=FULL keeps every acknowledged write across a power cut.
    wal: { synchronous: 'FULL' },
    busyTimeout: 5000,
    client: { url: choice.url },
    migrationDir: path.join(root, 'migrations'),
    prodMigrations: migrations.migrations,
    push: false,
    afterSchemaInit: [indexLocalesByParent],
  })
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
  const { migrations } = await (payload.db.name === 'postgres'
    ? import('../../migrations/postgres')
    : import('../../migrations'))
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
