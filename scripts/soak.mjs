/**
 * `npm run soak`: memory over time (issue 24). A production server on a freshly seeded database
 * (SQLite, or BENCH_DATABASE=postgres: a throwaway PostgreSQL cluster) under a steady mix of
 * requests for SOAK_MINUTES (10): cached pages, and one in four never asked before (searches, park
 * filters, API reads), at a fixed SOAK_RATE (120 requests/s) so that both databases get the same work.
 * The server's RSS is sampled every 10 s. Prints the curve and whether it stayed within 15% of the
 * first sample after the warm-up (SOAK_WARMUP_SECONDS, 120); writes test-results/soak-<database>.json.
 * Set SKIP_BUILD=1 to use the existing build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { root, startSeededServer } from './lib/server.mjs'

const minutes = Number(process.env.SOAK_MINUTES || 10)
const rate = Number(process.env.SOAK_RATE || 120)
const warmup = Number(process.env.SOAK_WARMUP_SECONDS || 120)
const database = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite'
const port = Number(process.env.SOAK_PORT || 3470)

const rssMb = (pid) => {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024)
  } catch {
    return undefined
  }
}

const server = await startSeededServer({ port, name: `soak-${database}` })
const { base, pid } = server

// Pages that are cached after their first render: the home pages, the sections the header lists
// (from the registry), each in a language in turn, and the first documents of each list.
const locales = ['zh', 'en', 'zh-hant']
const home = await (await fetch(`${base}/zh`)).text()
const sections = [...new Set([...home.matchAll(/href="\/zh\/([a-z-]+)"/g)].map(([, name]) => name))]
const cached = locales.map((locale) => `/${locale}`)
for (const [i, section] of sections.entries()) {
  const list = `/${locales[i % locales.length]}/${section}`
  const html = await (await fetch(`${base}${list}`)).text()
  const details = [...html.matchAll(new RegExp(`href="/[a-z-]+/${section}/([a-z0-9-]+)"`, 'g'))].map(([, slug]) => slug)
  const slugs = [...new Set(details)].filter((slug) => slug !== 'compare').slice(0, 3)
  // A content section's list links to its documents; the tools (finder, search, contact) are left out.
  if (slugs.length) cached.push(list, ...slugs.flatMap((slug) => [`/en/${section}/${slug}`, `/zh/${section}/${slug}`]))
}
const text = (await (await fetch(`${base}/zh/policies`)).text()).replace(/<[^>]+>/g, ' ')
const words = [...new Set([...text.matchAll(/\p{Script=Han}{2}/gu)].map(([word]) => word))]
const counties = Object.keys(JSON.parse(readFileSync(path.join(root, 'messages', 'zh.json'), 'utf8')).Options.counties)
let n = 0
/** A request nobody made before: a search, a park filter, or an API read with a new query. */
const fresh = () => {
  n++
  const word = encodeURIComponent(`${words[n % words.length]}${n}`)
  if (n % 3 === 0) return `/zh/search?q=${word}`
  if (n % 3 === 1) return `/en/parks?county=${counties[n % counties.length]}&page=${1 + (n % 50)}`
  return `/api/policies?limit=5&depth=0&where[title][like]=${word}`
}
let i = 0
const next = () => (++i % 4 === 0 ? fresh() : cached[i % cached.length])

const samples = [{ second: 0, rssMb: rssMb(pid), requests: 0 }]
let requests = 0
const started = Date.now()
const timer = setInterval(() => {
  samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid), requests })
  const last = samples.at(-1)
  console.log(`[soak] ${String(last.second).padStart(4)} s  RSS ${last.rssMb} MB  ${requests} requests`)
}, 10_000)

const instance = autocannon({
  url: base,
  connections: 8,
  overallRate: rate,
  duration: minutes * 60,
  timeout: 10,
  requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
})
instance.on('response', () => requests++)
const result = await instance
clearInterval(timer)
samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid), requests })

const afterWarmup = samples.filter((sample) => sample.second >= warmup)
const reference = afterWarmup[0]?.rssMb
const highest = Math.max(...afterWarmup.map((sample) => sample.rssMb))
const growth = reference ? (highest - reference) / reference : undefined
const at = (second) =>
  samples.reduce((best, s) => (Math.abs(s.second - second) < Math.abs(best.second - second) ? s : best))
const summary = {
  database,
  minutes,
  rate,
  requests: result.requests.total,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  p99: result.latency.p99,
  rss: {
    start: samples[0].rssMb,
    warm: reference,
    at5min: at(300).rssMb,
    at10min: at(600).rssMb,
    end: samples.at(-1).rssMb,
    highest,
  },
  growthAfterWarmup: growth,
  withinFifteenPercent: growth !== undefined && growth <= 0.15,
  samples,
}
mkdirSync(path.join(root, 'test-results'), { recursive: true })
writeFileSync(path.join(root, 'test-results', `soak-${database}.json`), JSON.stringify(summary, null, 2))
console.log(
  `[soak] ${database}: ${summary.requests} requests (${rate}/s), ${summary.errors} errors, ${summary.timeouts} timeouts, ${summary.non2xx} non-2xx, p99 ${summary.p99} ms`,
)
console.log(
  `[soak] RSS start ${summary.rss.start} MB, after warm-up ${reference} MB, 5 min ${summary.rss.at5min} MB, 10 min ${summary.rss.at10min} MB, highest ${highest} MB: ${growth === undefined ? 'no sample after the warm-up' : `${(growth * 100).toFixed(1)}% over the warm level`}`,
)
server.stop()
process.exit(0)
