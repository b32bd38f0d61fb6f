import path from 'node:path'

import { projectRoot } from './paths'

/**
 * Which database DATABASE_URI names. Kept apart from the adapters (lib/database.ts) so the
 * preflight check can run without loading Payload.
 */
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
