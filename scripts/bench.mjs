/**
 * `npm run bench`: throughput and latency of cached portal pages against a static file of similar
 * size served by the same production server, on a freshly seeded database. Prints a table.
 * Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (50), BENCH_PORT (3310),
 * BENCH_ROUNDS (3), SKIP_BUILD=1 to reuse the current .next build.
 * This machine's speed drifts by ±15% from minute to minute, so the static file and the pages are
 * measured in interleaved rounds; each page's ratio is taken against the static file of the same
 * round, and each row shows its median round.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { root, startSeededServer } from './lib/server.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const port = process.env.BENCH_PORT || '3310'
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS || 3))

/** The static chunk from the build whose size is closest to `bytes`. */
function staticFileNear(bytes) {
  const dir = path.join(root, '.next', 'static', 'chunks')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
  files.sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes))
  return { path: `/_next/static/chunks/${files[0].f}`, size: files[0].size }
}

async function measure(label, url) {
  // Warm the page cache: the first request renders, the rest are served from it.
  for (let i = 0; i < 3; i++) await fetch(base + url)
  const result = await autocannon({ url: base + url, connections, duration: seconds })
  return {
    label,
    url,
    bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

const { base, stop } = await startSeededServer({ port, name: 'bench' })
try {
  const home = await (await fetch(`${base}/zh`)).text()
  const file = staticFileNear(Buffer.byteLength(home))
  const targets = [
    ['static file', file.path],
    ['home /zh', '/zh'],
    ['park /zh/parks/…', '/zh/parks/shenzhen-science-technology-park-ganzhou'],
    ['policy list /en/policies', '/en/policies'],
    // Read the database per request before this session's cache: filtered lists and search.
    ['filtered /zh/parks?county=…', '/zh/parks?county=ganzhou-etdz'],
    ['search /zh/search?q=园区', `/zh/search?q=${encodeURIComponent('园区')}`],
    ['search /en/search?q=rare', '/en/search?q=rare'],
  ]
  const samples = targets.map(() => [])
  for (let round = 0; round < rounds; round++) {
    const results = []
    for (const [label, url] of targets) results.push(await measure(label, url))
    results.forEach((result, i) => samples[i].push({ ...result, ratio: result.rps / results[0].rps }))
  }
  // The static file's median round by req/s; each page's by its ratio to the static file.
  const median = (list) => [...list].sort((a, b) => a.ratio - b.ratio || a.rps - b.rps)[Math.floor(list.length / 2)]
  const rows = samples.map(median)
  // Dynamic: rendered on every request, so once is enough (and it is far below the others).
  const dynamic = await measure('filtered list (dynamic)', '/en/policies?category=logistics')
  rows.push({ ...dynamic, ratio: dynamic.rps / rows[0].rps })
  console.log(
    `\n${connections} connections, ${seconds} s each, median of ${rounds} interleaved round(s), production build, SQLite\n`,
  )
  console.log(['what', 'bytes', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs static'].map((h) => h.padEnd(12)).join(''))
  for (const row of rows) {
    console.log(
      [
        row.label.slice(0, 24).padEnd(26),
        String(row.bytes).padEnd(10),
        String(row.rps).padEnd(10),
        String(row.p50).padEnd(10),
        String(row.p99).padEnd(10),
        String(row.errors).padEnd(10),
        row.ratio.toFixed(2),
      ].join('  '),
    )
  }
} finally {
  stop()
}
process.exit(0)
