import path from 'node:path'

import { projectRoot } from './paths'

/**
 * Which database DATABASE_URI names. Kept apart from the adapters (lib/server/database.ts) so the
 * preflight check can run without loading Payload.
 */
const root = projectRoot

export const DEFAULT_SQLITE_FILE = path.join(root, 'data', 'portal.db')

export class DatabaseUriError extends Error {
  constructor(value: string) {
    super(
      `DATABASE_URI="${value}" is not supported: use postgres://… or postgresql://… for PostgreSQL, ` +
        `mongodb://… or mongodb+srv://… for MongoDB, ` +
        `file:<path> for SQLite, or leave it unset for the embedded SQLite file data/portal.db.`,
    )
    this.name = 'DatabaseUriError'
  }
}

export type DatabaseChoice =
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string; readReplicas: string[] }
  | { kind: 'sqlite'; url: string; file: string }

const POSTGRES = /^postgres(ql)?:\/\/.+/

/** `DATABASE_READ_URIS`: PostgreSQL read replicas, comma-separated (each a postgres:// URI). */
export function readReplicaUris(value: string | undefined): string[] {
  const uris = (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  for (const uri of uris) if (!POSTGRES.test(uri)) throw new DatabaseUriError(uri)
  return uris
}

/** Decides the database from `DATABASE_URI` (pure, so it can be tested without connecting). */
export function chooseDatabase(uri: string | undefined, readUris = process.env.DATABASE_READ_URIS): DatabaseChoice {
  const value = uri?.trim() ?? ''
  if (POSTGRES.test(value)) return { kind: 'postgres', url: value, readReplicas: readReplicaUris(readUris) }
  if (value === '') return { kind: 'sqlite', url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE }
  if (/^mongodb(\+srv)?:\/\/.+/.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    const file = path.resolve(root, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new DatabaseUriError(value)
}

/** Set to run production on a MongoDB without a replica set anyway (transactions off: see below). */
export const ALLOW_STANDALONE = 'MONGODB_ALLOW_STANDALONE'

/**
 * Why production must not start on this database, or null. Payload turns MongoDB transactions off,
 * silently, when the connection names no replica set, and then a failed save can leave half its
 * writes (a version without its document, a seat taken without its registration). Atlas
 * (mongodb+srv://) names its replica set in DNS; a self-hosted one needs `?replicaSet=` in the URI.
 * Checked before start (scripts/preflight.ts) from the URI, and again on connect from what the
 * driver found (lib/server/database.ts).
 */
export function standaloneMongoProblem(
  choice: DatabaseChoice,
  env: Record<string, string | undefined> = process.env,
  connectedReplicaSet?: string | null,
): string | null {
  if (choice.kind !== 'mongodb' || env.NODE_ENV !== 'production' || env[ALLOW_STANDALONE] === 'true') return null
  const named =
    connectedReplicaSet !== undefined
      ? Boolean(connectedReplicaSet)
      : choice.url.startsWith('mongodb+srv://') || /[?&]replicaSet=[^&]+/.test(choice.url)
  if (named) return null
  return (
    'DATABASE_URI names a MongoDB without a replica set, so Payload would run it without transactions ' +
    '(a failed save could leave half its writes). Use a replica set: `?replicaSet=<name>` in the URI ' +
    `(Atlas's mongodb+srv:// URIs have it), or set ${ALLOW_STANDALONE}=true to accept the risk. See README, "Deployment".`
  )
}
