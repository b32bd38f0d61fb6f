/**
 * `npm run bench`: throughput and latency of cached portal pages against a static file of similar
 * size served by the same production server, on a freshly seeded database. Prints a table.
 * Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (50), BENCH_PORT (3310),
 * SKIP_BUILD=1 to reuse the current .next build.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { root, startSeededServer } from './lib/server.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const port = process.env.BENCH_PORT || '3310'

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
  const rows = []
  rows.push(await measure('static file', file.path))
  rows.push(await measure('home /zh', '/zh'))
  rows.push(await measure('park /zh/parks/…', '/zh/parks/shenzhen-science-technology-park-ganzhou'))
  rows.push(await measure('policy list /en/policies', '/en/policies'))
  rows.push(await measure('filtered list (dynamic)', '/en/policies?category=logistics'))
  const staticRps = rows[0].rps
  console.log(`\n${connections} connections, ${seconds} s each, production build, SQLite\n`)
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
        (row.rps / staticRps).toFixed(2),
      ].join('  '),
    )
  }
} finally {
  stop()
}
process.exit(0)
