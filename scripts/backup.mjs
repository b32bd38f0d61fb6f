/**
 * `npm run backup [-- <folder>]`: a consistent copy of the portal's data while it runs.
 *
 * SQLite (DATABASE_URI unset or file:…): the database with `VACUUM INTO`, one read transaction, so
 * the copy is the database as of one moment while writes go on (WAL: the writers are not held up),
 * and the uploads in MEDIA_DIR. Uploads are copied once before and once after the database, so
 * every file a copied document names is there: a file is written before its document is, and one
 * deleted after the copy began was taken by the first pass. The folder gets a manifest.json with
 * what was copied, and the check that every file named is there.
 *
 * PostgreSQL (DATABASE_URI postgres://…): `pg_dump --format=custom` of one snapshot, exported by a
 * repeatable-read transaction that also reads the file names the media table holds at that moment:
 * the dump and the check of the uploads see the same data. Uploads are copied before and after, as
 * for SQLite. Restore with `pg_restore` (scripts/restore.mjs does it, refusing a database in use).
 *
 * MongoDB: runs `mongodump --archive --gzip` (MongoDB Database Tools) when it is installed, and
 * otherwise prints that command; uploads in S3 are backed up by the bucket (versioning, replication).
 *
 * Restore with `npm run restore -- <folder>` (scripts/restore.mjs). Default folder: backups/<time>.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { checkCopy, mediaFolder, projectRoot, sqliteFile } from './lib/data.mjs'
import { isPostgresUri, postgresClient, postgresFilenames, postgresProgram } from './lib/postgres.mjs'

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(process.argv[2] || path.join(projectRoot, 'backups', stamp))
const uri = process.env.DATABASE_URI?.trim() ?? ''

if (/^mongodb(\+srv)?:\/\//.test(uri)) {
  mkdirSync(target, { recursive: true })
  const args = [`--uri=${uri}`, `--archive=${path.join(target, 'portal.archive.gz')}`, '--gzip']
  const dump = spawnSync('mongodump', args, { stdio: 'inherit' })
  if (dump.error) {
    console.error('mongodump (MongoDB Database Tools) is not installed here. Back up with:')
    console.error(`  mongodump --uri="$DATABASE_URI" --archive=${path.join(target, 'portal.archive.gz')} --gzip`)
    console.error('and restore with:  mongorestore --uri="$DATABASE_URI" --archive=<file> --gzip --drop')
    process.exit(2)
  }
  process.exit(dump.status ?? 1)
}

const media = mediaFolder()
/** Copies the uploads not copied yet; returns how many. */
function copyMedia() {
  if (!existsSync(media)) return 0
  let copied = 0
  for (const name of readdirSync(media)) {
    const from = path.join(media, name)
    const to = path.join(target, 'media', name)
    if (existsSync(to) || !statSync(from).isFile()) continue
    try {
      copyFileSync(from, to)
      copied++
    } catch (error) {
      // Deleted between the listing and the copy: not needed by the copy of the database.
      if (error.code !== 'ENOENT') throw error
    }
  }
  return copied
}

if (existsSync(path.join(target, 'manifest.json'))) {
  console.error(`${target} already holds a backup; name another folder.`)
  process.exit(1)
}

if (isPostgresUri(uri)) {
  mkdirSync(path.join(target, 'media'), { recursive: true })
  const started = Date.now()
  const before = copyMedia()
  const client = await postgresClient(uri)
  let named
  let snapshotAt
  try {
    // One snapshot for the dump and for the names of the uploads it holds; kept while pg_dump reads it.
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query('SELECT pg_export_snapshot() AS id, now() AS at')
    snapshotAt = new Date(rows[0].at).toISOString()
    named = await postgresFilenames(client)
    const dump = spawnSync(
      postgresProgram('pg_dump'),
      ['--format=custom', '--no-owner', `--snapshot=${rows[0].id}`, `--file=${path.join(target, 'portal.dump')}`, uri],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    )
    if (dump.error || dump.status !== 0) {
      console.error(`pg_dump failed${dump.error ? `: ${dump.error.message} (apt-get install postgresql-client)` : ''}`)
      process.exit(1)
    }
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
  const after = copyMedia()
  // The dump must read back: its table of contents lists every table.
  const list = spawnSync(postgresProgram('pg_restore'), ['--list', path.join(target, 'portal.dump')], {
    encoding: 'utf8',
  })
  const integrity = list.status === 0 && /TABLE DATA public media /.test(list.stdout) ? 'ok' : 'unreadable'
  const missing = named.filter((name) => !existsSync(path.join(target, 'media', name)))
  const manifest = {
    kind: 'postgres',
    createdAt: snapshotAt,
    source: { database: uri.replace(/\/\/[^@/]*@/, '//'), media },
    database: { file: 'portal.dump', bytes: statSync(path.join(target, 'portal.dump')).size, integrity, named },
    media: { folder: 'media', files: before + after, named: named.length, missing },
    ms: Date.now() - started,
  }
  writeFileSync(path.join(target, 'manifest.json'), JSON.stringify(manifest, null, 2))
  console.log(
    `Backup in ${target}: database ${(manifest.database.bytes / 1024 / 1024).toFixed(1)} MB (pg_dump, ${integrity}), ` +
      `${manifest.media.files} uploads (${missing.length} named but missing) in ${manifest.ms} ms`,
  )
  process.exit(integrity === 'ok' && missing.length === 0 ? 0 : 1)
}

const database = sqliteFile(uri)
if (!existsSync(database)) {
  console.error(`No database at ${database} (DATABASE_URI): nothing to back up.`)
  process.exit(1)
}
mkdirSync(path.join(target, 'media'), { recursive: true })

const started = Date.now()
const before = copyMedia()
const client = createClient({ url: `file:${database}` })
await client.execute('PRAGMA busy_timeout = 5000')
const copy = path.join(target, 'portal.db')
await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
const snapshotAt = new Date().toISOString()
client.close()
const after = copyMedia()

// What the copy names must be in the copy.
const { integrity, named, missing } = await checkCopy(copy, path.join(target, 'media'))

const manifest = {
  kind: 'sqlite',
  createdAt: snapshotAt,
  source: { database, media },
  database: { file: 'portal.db', bytes: statSync(copy).size, integrity },
  media: { folder: 'media', files: before + after, named: named.length, missing },
  ms: Date.now() - started,
}
writeFileSync(path.join(target, 'manifest.json'), JSON.stringify(manifest, null, 2))
console.log(
  `Backup in ${target}: database ${(manifest.database.bytes / 1024 / 1024).toFixed(1)} MB (integrity ${integrity}), ` +
    `${manifest.media.files} uploads (${missing.length} named but missing) in ${manifest.ms} ms`,
)
if (integrity !== 'ok' || missing.length > 0) process.exit(1)
