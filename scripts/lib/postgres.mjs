/**
 * PostgreSQL for the backup and restore scripts and the tests: where Debian keeps the server and
 * client binaries (the newest version installed, or PG_BIN), and a client for one URI.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** The folder of the newest PostgreSQL binaries Debian installed, or PG_BIN, or undefined. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return undefined
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')) || existsSync(path.join(base, v, 'bin', 'pg_dump')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined
}

/** A PostgreSQL program by name: from postgresBin(), else as found on PATH. */
export const postgresProgram = (name) => {
  const bin = postgresBin()
  return bin && existsSync(path.join(bin, name)) ? path.join(bin, name) : name
}

export const isPostgresUri = (uri) => /^postgres(ql)?:\/\/.+/.test(uri ?? '')

/** A connected client; the caller ends it. */
export async function postgresClient(uri) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  return client
}

/** Every file name the media table names (uploads and their generated sizes). */
export async function postgresFilenames(client) {
  const { rows: columns } = await client.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'media'
       AND (column_name = 'filename' OR column_name ~ '^sizes_.*_filename$')`,
  )
  if (columns.length === 0) return []
  const names = columns.map((row) => `"${row.column_name}"`)
  const { rows } = await client.query(`SELECT ${names.join(', ')} FROM media`)
  return [...new Set(rows.flatMap((row) => Object.values(row).filter(Boolean).map(String)))]
}
