/**
 * `npm run bench`: how fast the portal answers, on the seeded database; `npm run bench -- --scale`
 * also on the scale data set (10,000 policies, 2,000 parks, 5,000 events, 5,000 cases on top of the
 * seed: scripts/scale.mjs), and prints one table of both.
 *
 * Every page is measured at BENCH_CONNECTIONS (50) against a static file of similar size served by
 * the same production server (server.mjs), in interleaved rounds (this machine's speed drifts by
 * ±15% from minute to minute): each ratio is taken against the static file of the same round, and
 * each row shows its median round. Then:
 * - "renders": the same kind of page with a different query on every request (no cache can help);
 * - the admin's list of policies, signed in: time to first byte and until its table shows (Chromium);
 * - a mix of pages at 100 connections for BENCH_MIX_SECONDS (60): errors and timeouts;
 * - the first request after a start, and the server's memory.
 * Options (env): BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_ROUNDS (3), BENCH_PORT (3310),
 * BENCH_MIX_SECONDS (60), SKIP_BUILD=1 to reuse the current .next build, BENCH_SCALE_DB=<file> to
 * use a scale database generated before (with its media/ beside it) instead of generating one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { findChromium } from './find-chromium.mjs'
import { generateScale } from './scale.mjs'
import { root, startSeededServer } from './lib/server.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS || 3))
const mixSeconds = Number(process.env.BENCH_MIX_SECONDS || 60)
const port = Number(process.env.BENCH_PORT || 3310)
const scale = process.argv.includes('--scale')

const loads = []
const sampleLoad = () => loads.push(loadavg()[0])

/** The static chunk from the build whose size is closest to `bytes`. */
function staticFileNear(bytes) {
  const dir = path.join(root, '.next', 'static', 'chunks')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
  files.sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes))
  return `/_next/static/chunks/${files[0].f}`
}

/**
 * autocannon on one URL; on `paths` in turn (each connection walks through them); or on `distinct`
 * paths, the next one for every request, so no two requests ask for the same page (until they run out).
 */
async function load(base, { url, paths, distinct, connections: conns = connections, duration = seconds }) {
  sampleLoad()
  let next = 0
  const requests = paths
    ? paths.map((p) => ({ method: 'GET', path: p }))
    : distinct
      ? [{ method: 'GET', setupRequest: (request) => ({ ...request, path: distinct[next++ % distinct.length] }) }]
      : undefined
  const result = await autocannon({
    url: base + (url ?? ''),
    connections: conns,
    duration,
    timeout: 10,
    ...(requests ? { requests } : {}),
  })
  sampleLoad()
  return {
    bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  }
}

async function measure(base, url) {
  // The first request renders; the rest are served from the page cache.
  for (let i = 0; i < 3; i++) await fetch(base + url)
  return load(base, { url })
}

/** Different queries, one per request: each is rendered (the page cache has not seen it). */
function shuffled(list) {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** Filter combinations of the parks list (county × level × industry), each a different page. */
async function parkFilterPaths(base) {
  const options = JSON.parse(readFileSync(path.join(root, 'messages', 'zh.json'), 'utf8')).Options
  const industries = (await (await fetch(`${base}/api/industries?limit=100&depth=0`)).json()).docs.map((d) => d.slug)
  const paths = []
  for (const county of Object.keys(options.counties))
    for (const level of ['', ...Object.keys(options.parkLevels)])
      for (const industry of ['', ...industries])
        paths.push(
          `/zh/parks?${new URLSearchParams({ county, ...(level && { level }), ...(industry && { industry }) })}`,
        )
  return shuffled(paths)
}

/** Two-character words from the portal's own text, each a different search. */
async function searchPaths(base) {
  const text = (await (await fetch(`${base}/zh/policies`)).text()).replace(/<[^>]+>/g, ' ')
  const words = new Set()
  for (const [run] of text.matchAll(/\p{Script=Han}{2,}/gu))
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2))
  return shuffled([...words].map((w) => `/zh/search?q=${encodeURIComponent(w)}`))
}

/** The admin's list of policies, signed in: time to first byte (HTTP) and until its table shows (Chromium). */
async function adminList(base) {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: 'demo-admin-2026' }),
  })
  const { token } = await login.json()
  if (!token) return undefined
  const url = `${base}/admin/collections/policies`
  const ttfb = []
  for (let i = 0; i < 6; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers: { cookie: `payload-token=${token}; payload-lng=zh` } })
    const reader = response.body.getReader()
    await reader.read()
    ttfb.push(performance.now() - started)
    await reader.cancel()
  }
  const executablePath = await findChromium()
  let usable = []
  if (executablePath) {
    const { chromium } = await import('@playwright/test')
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
    try {
      const context = await browser.newContext()
      const host = new URL(base).hostname
      await context.addCookies([
        { name: 'payload-token', value: token, domain: host, path: '/' },
        { name: 'payload-lng', value: 'zh', domain: host, path: '/' },
      ])
      const page = await context.newPage()
      for (let i = 0; i < 4; i++) {
        const started = performance.now()
        await page.goto(url)
        await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
        usable.push(performance.now() - started)
      }
    } finally {
      await browser.close()
    }
  }
  // The first of each is the admin's first load after the start: the median is what staff see.
  const median = (list) => (list.length ? [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] : undefined)
  return { ttfb: median(ttfb.slice(1)), usable: median(usable.slice(1)), firstTtfb: ttfb[0], firstUsable: usable[0] }
}

const rssMb = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024)
  } catch {
    return undefined
  }
}

async function benchmark(label, server, targets) {
  const { base, pid, log } = server
  const rows = []
  // Cold start: the server warms the important pages after it starts (lib/server/warm.mjs).
  const startLog = () => readFileSync(log, 'utf8')
  for (let i = 0; i < 120 && !/Warmed \d+ pages/.test(startLog()); i++) await new Promise((r) => setTimeout(r, 500))
  const warmed = /Warmed (\d+) pages in (\d+) ms/.exec(startLog())
  const memoryAtStart = rssMb(pid)
  let started = performance.now()
  await fetch(`${base}/zh`)
  const firstHome = performance.now() - started
  started = performance.now()
  await fetch(`${base}${targets.find(([name]) => name.startsWith('detail'))[1]}`)
  const firstDetail = performance.now() - started

  const home = await (await fetch(`${base}/zh`)).text()
  const all = [['static file', staticFileNear(Buffer.byteLength(home))], ...targets]
  const samples = all.map(() => [])
  for (let round = 0; round < rounds; round++) {
    const results = []
    for (const [, url] of all) results.push(await measure(base, url))
    results.forEach((result, i) => samples[i].push({ ...result, ratio: result.rps / results[0].rps }))
  }
  const median = (list) => [...list].sort((a, b) => a.ratio - b.ratio || a.rps - b.rps)[Math.floor(list.length / 2)]
  all.forEach(([name, url], i) => rows.push({ name, url, ...median(samples[i]) }))
  const staticRps = rows[0].rps

  for (const [name, paths] of [
    ['renders: parks filters', await parkFilterPaths(base)],
    ['renders: searches', await searchPaths(base)],
  ]) {
    const result = await load(base, { distinct: paths })
    const repeated = result.total > paths.length ? ', some repeated' : ''
    rows.push({ name: `${name} (${paths.length}${repeated})`, ...result, ratio: result.rps / staticRps })
  }

  const admin = await adminList(base)
  const mixPaths = [
    '/zh',
    '/en/parks',
    targets.find(([n]) => n.startsWith('detail'))[1],
    '/zh/search?q=' + encodeURIComponent('园区'),
    '/zh/parks?county=ganzhou-etdz',
    '/en/policies?category=tax',
    '/en/events',
  ]
  const mix = await load(base, { paths: mixPaths, connections: 100, duration: mixSeconds })
  return {
    label,
    rows,
    admin,
    mix,
    memory: { start: memoryAtStart, end: rssMb(pid) },
    cold: {
      warmed: warmed && `${warmed[1]} pages in ${(Number(warmed[2]) / 1000).toFixed(1)} s`,
      firstHome,
      firstDetail,
    },
  }
}

const seededTargets = [
  ['home /zh', '/zh'],
  ['list /en/policies', '/en/policies'],
  ['detail park', '/zh/parks/shenzhen-science-technology-park-ganzhou'],
  ['filtered list (county)', '/zh/parks?county=ganzhou-etdz'],
  ['search common 园区', `/zh/search?q=${encodeURIComponent('园区')}`],
  ['search rare', `/en/search?q=${encodeURIComponent('rare earth')}`],
  ['sitemap.xml', '/sitemap.xml'],
  ['finder (dynamic)', '/zh/finder?industry=electronics&size=medium&origin=shenzhen&need=rent'],
  [
    'compare 3 parks (dynamic)',
    '/en/parks/compare?parks=shenzhen-science-technology-park-ganzhou,ganzhou-economic-technological-development-zone,ganzhou-international-inland-port',
  ],
]
const scaleTargets = [
  ['home /zh', '/zh'],
  ['list /en/policies', '/en/policies'],
  ['detail policy', '/zh/policies/sample-policy-04242'],
  ['filtered list (county)', '/zh/parks?county=ganzhou-etdz'],
  ['filtered list page 40', '/en/policies?category=tax&page=40'],
  ['search common 园区', `/zh/search?q=${encodeURIComponent('园区')}`],
  ['search rare 钨钼合金', `/zh/search?q=${encodeURIComponent('钨钼合金')}`],
  ['sitemap index', '/sitemap.xml'],
  ['sitemap file 0', '/sitemaps/0.xml'],
  ['finder (dynamic)', '/zh/finder?industry=electronics&size=medium&origin=shenzhen&need=rent'],
  [
    'compare 3 parks (dynamic)',
    '/en/parks/compare?parks=shenzhen-science-technology-park-ganzhou,ganzhou-economic-technological-development-zone,ganzhou-international-inland-port',
  ],
]

const results = []
let server = await startSeededServer({ port, name: 'bench' })
try {
  results.push(await benchmark('seeded', server, seededTargets))
} finally {
  server.stop()
}
if (scale) {
  const database = process.env.BENCH_SCALE_DB
  server = await startSeededServer({
    port: port + 1,
    name: 'bench-scale',
    database,
    prepare: async (env) => {
      await generateScale({ env })
    },
  })
  try {
    if (!database) console.log(`[bench] to reuse this scale database: BENCH_SCALE_DB=${server.database}`)
    results.push(await benchmark('scale', server, scaleTargets))
  } finally {
    server.stop()
  }
}

const cell = (value, width) => String(value ?? '–').padEnd(width)
console.log(
  `\n${connections} connections, ${seconds} s each, median of ${rounds} interleaved round(s), production build (server.mjs), ${process.env.BENCH_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'}; ratio = req/s of the page ÷ req/s of the static file in the same round\n`,
)
console.log(
  ['data', 'what', 'bytes', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'ratio']
    .map((h, i) => cell(h, [8, 34, 9, 8, 8, 8, 8, 6][i]))
    .join(''),
)
for (const { label, rows } of results) {
  for (const row of rows) {
    console.log(
      [
        cell(label, 8),
        cell(row.name.slice(0, 32), 34),
        cell(row.bytes, 9),
        cell(row.rps, 8),
        cell(row.p50, 8),
        cell(row.p99, 8),
        cell(row.errors + row.timeouts + row.non2xx, 8),
        row.ratio.toFixed(2),
      ].join(''),
    )
  }
}
console.log('')
for (const { label, admin, mix, memory, cold } of results) {
  const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`)
  console.log(
    `[${label}] admin policies list, signed in: first byte ${ms(admin?.ttfb)}, table shown ${ms(admin?.usable)} (first after start: ${ms(admin?.firstTtfb)} / ${ms(admin?.firstUsable)})`,
  )
  console.log(
    `[${label}] mix of 7 pages, 100 connections × ${mixSeconds} s: ${mix.total} requests, ${mix.rps} req/s, p99 ${mix.p99} ms, ${mix.errors} errors, ${mix.timeouts} timeouts, ${mix.non2xx} non-2xx`,
  )
  console.log(
    `[${label}] cold start: warmed ${cold.warmed ?? '–'}; first /zh after that ${ms(cold.firstHome)}, first detail page ${ms(cold.firstDetail)}; memory ${memory.start} MB after start and warm-up, ${memory.end} MB at the end`,
  )
}
console.log(
  `load average (1 min) during the run: min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)} on ${(await import('node:os')).availableParallelism()} cores`,
)
process.exit(0)
