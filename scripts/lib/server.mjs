/**
 * A production server on a freshly seeded temporary database, for the benchmark and Lighthouse
 * scripts: SQLite, or with BENCH_DATABASE=postgres a throwaway PostgreSQL cluster
 * (postgresCluster.mjs) removed when the script ends. Builds first unless SKIP_BUILD=1 and a build exists.
 */
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startPostgres } from './postgresCluster.mjs'

export const root = path.resolve(import.meta.dirname, '..', '..')

/**
 * `prepare(env, run)` runs after the seed (e.g. the scale data set); `database` is a database file
 * to copy instead of seeding (a scale database generated before, so a bench need not wait for it),
 * with its uploads if a `media` folder sits beside it.
 */
export async function startSeededServer({ port, name, prepare, database }) {
  const base = `http://127.0.0.1:${port}`
  const work = mkdtempSync(path.join(tmpdir(), `portal-${name}-`))
  let databaseUri = `file:${path.join(work, `${name}.db`)}`
  if (process.env.BENCH_DATABASE === 'postgres') {
    if (database) throw new Error('BENCH_SCALE_DB is a SQLite file: not with BENCH_DATABASE=postgres')
    const cluster = await startPostgres({ database: name.replace(/\W/g, '_'), settings: { shared_buffers: '256MB' } })
    process.on('exit', () => cluster.stop())
    databaseUri = cluster.uri
  }
  const env = {
    ...process.env,
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(work, 'media'),
    PAYLOAD_SECRET: `${name}-secret-not-for-production`,
    NEXT_PUBLIC_SERVER_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const run = (command, args) => {
    // Its output is shown only when the step fails.
    const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr)
      throw new Error(`${command} ${args.join(' ')} failed`)
    }
  }
  if (database) {
    // The database with its write-ahead log, and the uploads beside it (scale/media).
    console.log(`[${name}] copying ${database}`)
    for (const suffix of ['', '-wal'])
      if (existsSync(database + suffix)) copyFileSync(database + suffix, path.join(work, `${name}.db${suffix}`))
    const media = path.join(path.dirname(database), 'media')
    if (existsSync(media)) cpSync(media, env.MEDIA_DIR, { recursive: true })
  } else {
    console.log(`[${name}] seeding ${env.DATABASE_URI}`)
    run('npx', ['payload', 'run', 'seed/run.ts'])
    if (prepare) await prepare(env, run)
  }
  if (process.env.SKIP_BUILD !== '1' || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log(`[${name}] building`)
    run('npx', ['next', 'build'])
  }
  const start = async () => {
    console.log(`[${name}] production server (server.mjs) on ${base}`)
    const log = path.join(work, 'server.log')
    const out = openSync(log, 'a')
    // As `npm start` does: the preflight check, then the server; timed to the first page served.
    const started = performance.now()
    run(process.execPath, [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/preflight.ts',
      'production',
    ])
    const server = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', out, out],
      detached: true,
    })
    const stop = () => {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    server.on('exit', (code) => code && console.error(`[${name}] the server exited with ${code}; its log: ${log}`))
    process.on('exit', stop)
    for (let i = 0; i < 2400; i++) {
      try {
        if ((await fetch(`${base}/zh`)).ok) {
          const firstPageMs = performance.now() - started
          return { base, stop, pid: server.pid, log, firstPageMs, database: path.join(work, `${name}.db`) }
        }
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    stop()
    throw new Error('the server did not start')
  }
  return { base, start, ...(await start()) }
}
