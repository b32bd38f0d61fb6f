/**
 * `npm run restore -- <backup folder> [--force]`: puts a backup made by `npm run backup` where
 * DATABASE_URI and MEDIA_DIR point (a fresh place, or with --force over the current data). Stop
 * every app instance first: a running app keeps its own view of the database it opened.
 *
 * The restored database is checked (integrity, every upload it names present) before it replaces
 * anything. PostgreSQL: `pg_restore` of the dump in one transaction into the database DATABASE_URI
 * names, which must hold no portal yet (or --force: its tables are dropped first, in the same
 * transaction, so a failed restore leaves it as it was). MongoDB: `mongorestore --uri="$DATABASE_URI" --archive=<folder>/portal.archive.gz --gzip --drop`.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { checkCopy, mediaFolder, sqliteFile } from './lib/data.mjs'
import { isPostgresUri, postgresClient, postgresProgram } from './lib/postgres.mjs'

const args = process.argv.slice(2)
const force = args.includes('--force')
const source = args.find((arg) => !arg.startsWith('--'))
if (!source || !existsSync(path.join(source, 'manifest.json'))) {
  console.error('Usage: npm run restore -- <folder made by npm run backup> [--force]')
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8'))
const uri = process.env.DATABASE_URI?.trim() ?? ''
if (manifest.kind === 'postgres') {
  if (!isPostgresUri(uri)) {
    console.error('A PostgreSQL backup: set DATABASE_URI to the postgres://… database to restore it into.')
    process.exit(1)
  }
  const { missing } = manifest.media
  const absent = manifest.database.named.filter((name) => !existsSync(path.join(source, manifest.media.folder, name)))
  if (manifest.database.integrity !== 'ok' || missing.length > 0 || absent.length > 0) {
    console.error(`The backup is damaged (uploads missing: ${absent.length}). Nothing changed.`)
    process.exit(1)
  }
  const client = await postgresClient(uri)
  const { rows } = await client.query("SELECT to_regclass('payload_migrations') IS NOT NULL AS used")
  await client.end()
  if (rows[0].used && !force) {
    console.error(
      `The database in DATABASE_URI already holds a portal. Stop the app, then run again with --force to replace it.`,
    )
    process.exit(1)
  }
  const restore = spawnSync(
    postgresProgram('pg_restore'),
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      ...(force ? ['--clean', '--if-exists'] : []),
      `--dbname=${uri}`,
      path.join(source, manifest.database.file),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  )
  if (restore.error || restore.status !== 0) {
    console.error('pg_restore failed; the database is as it was (one transaction).')
    process.exit(1)
  }
  const media = mediaFolder()
  mkdirSync(media, { recursive: true })
  cpSync(path.join(source, manifest.media.folder), media, { recursive: true, force: true })
  console.log(
    `Restored the backup of ${manifest.createdAt} into PostgreSQL and ${media} (${manifest.database.named.length} uploads named, all present).`,
  )
  process.exit(0)
}
if (manifest.kind !== 'sqlite') {
  console.error(
    'A MongoDB backup: mongorestore --uri="$DATABASE_URI" --archive=<folder>/portal.archive.gz --gzip --drop',
  )
  process.exit(1)
}

const database = sqliteFile()
const media = mediaFolder()
if (existsSync(database) && !force) {
  console.error(`${database} exists. Stop the app, then run again with --force to replace it.`)
  process.exit(1)
}

// Checked in place first.
const copy = path.join(source, manifest.database.file)
const { integrity, named, missing } = await checkCopy(copy, path.join(source, manifest.media.folder))
if (integrity !== 'ok' || missing.length > 0) {
  console.error(`The backup is damaged (integrity: ${integrity}; uploads missing: ${missing.length}). Nothing changed.`)
  process.exit(1)
}

// The database as one file put in place by a rename, its old log removed first.
mkdirSync(path.dirname(database), { recursive: true })
for (const suffix of ['-wal', '-shm', '-journal']) rmSync(database + suffix, { force: true })
copyFileSync(copy, `${database}.restoring`)
renameSync(`${database}.restoring`, database)
mkdirSync(media, { recursive: true })
cpSync(path.join(source, manifest.media.folder), media, { recursive: true, force: true })
console.log(
  `Restored the backup of ${manifest.createdAt} to ${database} and ${media} (${named.length} uploads named, all present).`,
)
