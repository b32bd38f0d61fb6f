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
import { readFileSync } from 'node:fs'

import { generateScale } from './scale.mjs'
import { startSeededServer } from './lib/server.mjs'
import {
  adminList,
  load,
  measure,
  parkFilterPaths,
  rssMb,
  searchPaths,
  settings,
  staticFileNear,
} from './lib/bench.mjs'
import { printReport } from './lib/benchReport.mjs'

const { rounds, port, mixSeconds } = settings
const scale = process.argv.includes('--scale')

async function benchmark(label, server, targets) {
  const { base, pid, log, firstPageMs } = server
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
  const file = staticFileNear(Buffer.byteLength(home))
  const all = [['static file', file], ...targets, ['static file, as a browser asks (br)', file, BROWSER]]
  const samples = all.map(() => [])
  for (let round = 0; round < rounds; round++) {
    const results = []
    for (const [, url, headers] of all) results.push(await measure(base, url, headers))
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
      firstPage: firstPageMs,
      warmed: warmed && `${warmed[1]} pages in ${(Number(warmed[2]) / 1000).toFixed(1)} s`,
      firstHome,
      firstDetail,
    },
  }
}

/**
 * What a browser sends: its pages and built files come compressed (server.mjs compresses each
 * version of a page, and each built file, once: lib/server/held.mjs). The other rows ask for the
 * bytes as they are, as autocannon does.
 */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' }

const seededTargets = [
  ['home /zh', '/zh'],
  ['home /zh, as a browser asks (br)', '/zh', BROWSER],
  ['list /en/policies', '/en/policies'],
  ['list /en/policies, as a browser asks (br)', '/en/policies', BROWSER],
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

printReport(results)
process.exit(0)
