/**
 * A throwaway PostgreSQL cluster for a test run: `initdb` in a temporary folder, `pg_ctl start` on
 * a free port (127.0.0.1 only, trust authentication, no fsync: nothing here must survive the run),
 * one database, and `stop()` that shuts it down and removes the folder. Debian's server binaries
 * (`apt-get install postgresql`); `initdb` refuses root, so as root the cluster runs as `postgres`.
 * No Docker, and no server the machine must already run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { postgresBin } from './postgres.mjs'

export { postgresBin }

export const NO_POSTGRES =
  'PostgreSQL server binaries not found (initdb, pg_ctl): apt-get install postgresql, or set PG_BIN to their folder.'

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const isRoot = () => process.getuid?.() === 0

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function run(bin, args, options = {}) {
  const [command, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  const result = spawnSync(command, argv, { encoding: 'utf8', ...options })
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(bin)} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`,
    )
  }
  return result.stdout
}

/**
 * Starts a cluster and makes `database` in it. `settings` are extra `-c name=value` server
 * settings. Returns its URI, folder, port and `stop()`.
 */
export async function startPostgres({ database = 'portal', port, settings = {}, dir } = {}) {
  const bin = postgresBin()
  if (!bin) throw new Error(NO_POSTGRES)
  const folder = dir ?? mkdtempSync(path.join(tmpdir(), 'portal-pg-'))
  const data = path.join(folder, 'data')
  if (isRoot()) chownSync(folder, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0)
  port ??= await freePort()
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  const options = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${folder}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: 200,
    ...settings,
  }
  const flags = Object.entries(options)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ')
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(folder, 'server.log'),
    '-o',
    flags,
    '-w',
    '-t',
    '60',
    'start',
  ])
  run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database])
  const uri = `postgres://postgres@127.0.0.1:${port}/${database}`
  let stopped = false
  return {
    uri,
    port,
    folder,
    data,
    bin,
    stop() {
      if (stopped) return
      stopped = true
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already down: the folder goes all the same.
      }
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
