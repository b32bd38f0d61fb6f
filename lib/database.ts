import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from './paths'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../migrations'

const root = projectRoot

export const DEFAULT_SQLITE_FILE = path.join(root, 'data', 'portal.db')

export class DatabaseUriError extends Error {
  constructor(value: string) {
    super(
      `DATABASE_URI="${value}" is not supported: use mongodb://… or mongodb+srv://… for MongoDB, ` +
        `file:<path> for SQLite, or leave it unset for the embedded SQLite file data/portal.db.`,
    )
    this.name = 'DatabaseUriError'
  }
}

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string; file: string }

/** Decides the database from `DATABASE_URI` (pure, so it can be tested without connecting). */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim() ?? ''
  if (value === '') return { kind: 'sqlite', url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE }
  if (/^mongodb(\+srv)?:\/\/.+/.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    const file = path.resolve(root, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new DatabaseUriError(value)
}

/**
 * SQLite never uses Payload's dev-mode schema push: the committed migrations make the schema in
 * every environment (see `migrateSqlite` in payload.config.ts and `prodMigrations` here), so a file
 * made by `npm run seed` or `npm run dev` opens cleanly in `npm start` and the other way round.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    busyTimeout: 5000,
    client: { url: choice.url },
    migrationDir: path.join(root, 'migrations'),
    prodMigrations: migrations,
    push: false,
  })
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
