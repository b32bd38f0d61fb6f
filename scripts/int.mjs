/**
 * `npm run test:int`: the unit tests and the integration suite on each database, one Vitest process
 * per database running side by side (SQLite with the unit tests; PostgreSQL; MongoDB when
 * TEST_DATABASE_URI names one). Within a database the files take turns (vitest.config.ts:
 * `fileParallelism: false`, they share its content); across databases nothing is shared (each has
 * its own database, uploads folder and SMTP port), so the runs overlap: on two cores the suite takes
 * the time of its longest database instead of the sum of all. Each line of output is prefixed with
 * its run; the exit code is the first failing run's. Extra arguments go to every run (e.g. a file).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { postgresBin } from '../tests/helpers/postgres.mjs'

const root = path.resolve(import.meta.dirname, '..')
const extra = process.argv.slice(2)
const runs = [['unit', 'sqlite']]
if (process.env.PORTAL_INT_SKIP_POSTGRES !== '1' && postgresBin()) runs.push(['postgres'])
if (/^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URI?.trim() ?? '')) runs.push(['mongodb'])
// Without PostgreSQL or MongoDB, vitest.config.ts prints why each was skipped.

function run(projects) {
  const label = `[${projects.join('+')}]`
  const args = ['vitest', 'run', ...projects.flatMap((name) => ['--project', name]), ...extra]
  const child = spawn('npx', args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' } })
  const prefix = (stream, target) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop()
      for (const line of lines) target.write(`${label} ${line}\n`)
    })
    stream.on('end', () => rest && target.write(`${label} ${rest}\n`))
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  const started = Date.now()
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      console.log(`${label} ${code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s`)
      resolve(code ?? 1)
    }),
  )
}

const codes = await Promise.all(runs.map(run))
process.exit(codes.find((code) => code !== 0) ?? 0)
