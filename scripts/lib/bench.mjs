/**
 * What `npm run bench` measures with (scripts/bench.mjs): autocannon runs against one server, the
 * static file a page is compared with, the sets of never-seen pages, the admin list's timings.
 * The settings come from the environment, documented in scripts/bench.mjs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { findChromium } from '../find-chromium.mjs'
import { root } from './server.mjs'

export const settings = {
  seconds: Number(process.env.BENCH_SECONDS || 10),
  connections: Number(process.env.BENCH_CONNECTIONS || 50),
  rounds: Math.max(1, Number(process.env.BENCH_ROUNDS || 3)),
  mixSeconds: Number(process.env.BENCH_MIX_SECONDS || 60),
  port: Number(process.env.BENCH_PORT || 3310),
}

/** The 1-minute load average, sampled around every run (the report prints its range). */
export const loads = []
const sampleLoad = () => loads.push(loadavg()[0])

/** The static chunk from the build whose size is closest to `bytes`. */
export function staticFileNear(bytes) {
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
export async function load(
  base,
  { url, paths, distinct, headers, connections: conns = settings.connections, duration = settings.seconds },
) {
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
    ...(headers ? { headers } : {}),
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

export async function measure(base, url, headers) {
  // The first request renders; the rest are served from the page cache.
  for (let i = 0; i < 3; i++) await fetch(base + url, { headers })
  return load(base, { url, headers })
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
export async function parkFilterPaths(base) {
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
export async function searchPaths(base) {
  const text = (await (await fetch(`${base}/zh/policies`)).text()).replace(/<[^>]+>/g, ' ')
  const words = new Set()
  for (const [run] of text.matchAll(/\p{Script=Han}{2,}/gu))
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2))
  return shuffled([...words].map((w) => `/zh/search?q=${encodeURIComponent(w)}`))
}

/** The admin's list of policies, signed in: time to first byte (HTTP) and until its table shows (Chromium). */
export async function adminList(base) {
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

export const rssMb = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024)
  } catch {
    return undefined
  }
}
