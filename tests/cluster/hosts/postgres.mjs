/** PostgreSQL for the cluster test across hosts: a primary and a streaming replica, each in its namespace. */
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, chmodSync, chownSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { postgresBin, postgresClient } from '../../../scripts/lib/postgres.mjs'
import { databaseUri, HOSTS, inHost, NET, PORTS, work } from './place.mjs'

const postgresUid = () => Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
const dataDir = (host) => path.join(work, host, 'data')

function asPostgres(host, program, args) {
  const [command, argv] = inHost(host, 'runuser', ['-u', 'postgres', '--', path.join(postgresBin(), program), ...args])
  const result = spawnSync(command, argv, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${program} on ${host} (${result.status}): ${result.stderr || result.stdout}`)
  return result.stdout
}

export function startPostgresOn(host) {
  const settings = {
    listen_addresses: `'${HOSTS[host].address}'`,
    port: PORTS.postgres,
    unix_socket_directories: `'${path.join(work, host)}'`,
    max_connections: 200,
    wal_level: 'replica',
    max_wal_senders: 5,
    hot_standby: 'on',
    // Nothing here must outlive the run; commits are still acknowledged only once written.
    fsync: 'off',
    full_page_writes: 'off',
  }
  const flags = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ')
  const logFile = path.join(work, host, 'server.log')
  asPostgres(host, 'pg_ctl', ['-D', dataDir(host), '-l', logFile, '-o', flags, '-w', '-t', '60', 'start'])
}

export const stopPostgresOn = (host, mode = 'fast') =>
  asPostgres(host, 'pg_ctl', ['-D', dataDir(host), '-m', mode, '-w', 'stop'])

export async function sql(host, text, values) {
  const client = await postgresClient(databaseUri(host))
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

export function makeDatabases() {
  chmodSync(work, 0o755) // mkdtemp makes it 0700; the postgres user works below it
  for (const host of ['primary', 'replica']) {
    mkdirSync(path.join(work, host), { recursive: true })
    chownSync(path.join(work, host), postgresUid(), 0)
  }
  asPostgres('primary', 'initdb', ['-D', dataDir('primary'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8'])
  appendFileSync(
    path.join(dataDir('primary'), 'pg_hba.conf'),
    `host all all ${NET}.0/24 trust\nhost replication all ${NET}.0/24 trust\n`,
  )
  startPostgresOn('primary')
  asPostgres('primary', 'createdb', ['-h', HOSTS.primary.address, '-U', 'postgres', 'portal'])
  // The replica: a base backup of the primary over the network, set up to stream from it (-R).
  asPostgres('replica', 'pg_basebackup', [
    ...['-h', HOSTS.primary.address, '-U', 'postgres', '-D', dataDir('replica')],
    ...['-R', '-X', 'stream', '-c', 'fast'],
  ])
  startPostgresOn('replica')
}
