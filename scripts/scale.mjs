/**
 * `npm run scale [-- <factor>]`: adds a bureau-sized body of sample content to the database named by
 * DATABASE_URI — 10,000 policies, 2,000 parks, 5,000 events and 5,000 cases, each published in
 * Chinese and English and marked as a sample — for `npm run bench -- --scale`. Seed first
 * (`npm run seed`): the samples refer to the seeded industries. A factor of 0.1 makes a tenth.
 * The documents are written in parts of 1,000, each by its own `payload run` (scripts/scale.ts):
 * the SQLite driver (libsql) never frees a prepared statement, so one process writing 22,000
 * documents would grow to gigabytes.
 */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import path from 'node:path'

export const SCALE_COUNTS = { parks: 2_000, policies: 10_000, events: 5_000, cases: 5_000 }
const PART = 1000

const root = path.resolve(import.meta.dirname, '..')

function runPart(env, section, from, to) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['payload', 'run', 'scripts/scale.ts', section, String(from), String(to)], {
      cwd: root,
      env,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      process.stderr.write(output)
      reject(new Error(`scale: ${section} ${from}–${to} failed (exit ${code})`))
    })
  })
}

/**
 * Generates the scale data set into the database of `env` (default: this process's), printing
 * progress. Parts run two at a time (one per core here; SQLite lets one write at a time, and
 * each waits for the other: lib/server/database.ts sets a busy timeout). Cases wait for the parks
 * they are placed in.
 */
export async function generateScale({ factor = 1, env = process.env, log = console.info } = {}) {
  const counts = Object.entries(SCALE_COUNTS).map(([section, count]) => [
    section,
    Math.max(1, Math.round(count * factor)),
  ])
  const total = counts.reduce((sum, [, count]) => sum + count, 0)
  log(`[scale] ${counts.map(([section, count]) => `${count} ${section}`).join(', ')} in Chinese and English`)
  const parts = counts.flatMap(([section, count]) =>
    Array.from({ length: Math.ceil(count / PART) }, (_, i) => ({
      section,
      from: i * PART + 1,
      to: Math.min(count, (i + 1) * PART),
    })),
  )
  let parksLeft = parts.filter((part) => part.section === 'parks').length
  let parksDone
  const parksFinished = new Promise((resolve) => (parksDone = resolve))
  const started = Date.now()
  let done = 0
  const worker = async () => {
    for (let part = parts.shift(); part; part = parts.shift()) {
      if (part.section === 'cases') await parksFinished
      await runPart(env, part.section, part.from, part.to)
      done += part.to - part.from + 1
      if (part.section === 'parks' && --parksLeft === 0) parksDone()
      const seconds = (Date.now() - started) / 1000
      const left = (seconds / done) * (total - done)
      log(
        `[scale] ${part.section} ${part.to}/${counts.find(([s]) => s === part.section)[1]} · ${done}/${total} in ${seconds.toFixed(0)} s, about ${Math.ceil(left / 60)} min left`,
      )
    }
  }
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker))
  const seconds = (Date.now() - started) / 1000
  log(`[scale] ${total} documents in ${(seconds / 60).toFixed(1)} min (${(total / seconds).toFixed(1)} per second)`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const factor = Number(process.argv[2] ?? 1)
  if (!(factor > 0)) {
    console.error(`Not a factor: ${process.argv[2]} (expected a positive number, e.g. 0.1)`)
    process.exit(2)
  }
  await generateScale({ factor })
}
