/**
 * Where the portal keeps its data, for the backup and restore scripts (plain Node, no Payload):
 * the same reading of DATABASE_URI and MEDIA_DIR as lib/server/databaseChoice.ts and paths.ts.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')

/** The SQLite file DATABASE_URI names (unset: data/portal.db; file:<path> relative to the project). */
export function sqliteFile(uri = process.env.DATABASE_URI?.trim() ?? '') {
  if (uri === '') return path.join(projectRoot, 'data', 'portal.db')
  if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI="${uri}" is not a SQLite file (file:<path>)`)
  return path.resolve(projectRoot, uri.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
}

export const mediaFolder = () => path.resolve(projectRoot, process.env.MEDIA_DIR || 'media')

/** Every file name the media table names: the uploads and their generated sizes. */
export async function storedFilenames(client) {
  const columns = (await client.execute('PRAGMA table_info(media)')).rows
    .map((row) => String(row.name))
    .filter((name) => name === 'filename' || /^sizes_.*_filename$/.test(name))
  if (columns.length === 0) return []
  const rows = (await client.execute(`SELECT ${columns.join(', ')} FROM media`)).rows
  return [
    ...new Set(
      rows.flatMap((row) =>
        columns
          .map((column) => row[column])
          .filter(Boolean)
          .map(String),
      ),
    ),
  ]
}

/** A copied database and its uploads folder: SQLite's integrity check, and the uploads it names that are missing. */
export async function checkCopy(database, media) {
  const client = createClient({ url: `file:${database}` })
  try {
    const integrity = (await client.execute('PRAGMA integrity_check')).rows[0]?.[0]
    const named = await storedFilenames(client)
    return { integrity, named, missing: named.filter((name) => !existsSync(path.join(media, name))) }
  } finally {
    client.close()
  }
}
