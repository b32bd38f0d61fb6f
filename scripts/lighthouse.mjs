/**
 * `npm run lighthouse`: Lighthouse (mobile) scores of the home page, a list and a detail page in
 * both languages, against a production server on a freshly seeded database, with the system
 * Chromium. Lighthouse 12 (the last for Node 20) is fetched from npm on first use.
 * Options (env): SKIP_BUILD=1 reuses the current build; LIGHTHOUSE_PORT (3320);
 * LIGHTHOUSE_PATHS=/zh,/en/parks measures only those; LIGHTHOUSE_REPORTS=<dir> keeps each JSON report;
 * LIGHTHOUSE_RUNS (3): runs per page, of which the median (by performance score) is shown, as
 * Lighthouse's variability guide advises; the spread of the scores is printed beside it.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { findChromium, NO_CHROMIUM } from './find-chromium.mjs'
import { startSeededServer } from './lib/server.mjs'

const chrome = await findChromium()
if (!chrome) {
  console.error(NO_CHROMIUM)
  process.exit(1)
}

const defaultPaths = [
  '/zh',
  '/en',
  '/zh/parks',
  '/en/policies',
  '/zh/parks/shenzhen-science-technology-park-ganzhou',
  '/en/events/guangdong-firms-into-ganzhou-shenzhen-2024',
]
const paths = process.env.LIGHTHOUSE_PATHS?.split(',').filter(Boolean) ?? defaultPaths
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3))
const reports = process.env.LIGHTHOUSE_REPORTS
if (reports) mkdirSync(reports, { recursive: true })
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'

/**
 * What a visitor after the first one gets: the page from the page cache and its images from the
 * image optimizer's cache (every width in each srcset; the first request for a width resizes it).
 */
async function warm(base, page) {
  const html = await (await fetch(base + page)).text()
  const urls = new Set()
  for (const [, set] of html.matchAll(/(?:srcSet|imageSrcSet)="([^"]+)"/g)) {
    for (const candidate of set.split(', ')) urls.add(candidate.trim().split(' ')[0].replaceAll('&amp;', '&'))
  }
  for (const url of urls) await (await fetch(new URL(url, base))).arrayBuffer()
}

function summarize(page, report) {
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const failing = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id)
  return {
    path: page,
    ...Object.fromEntries(categories.map((c) => [c, score(c)])),
    lcp: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    // Lighthouse's measure of this machine's CPU (its throttling docs: 1000–1500 is a low-end desktop).
    cpu: Math.round(report.environment?.benchmarkIndex ?? 0),
    failing: failing.slice(0, 4).join(' '),
  }
}

const server = await startSeededServer({ port: process.env.LIGHTHOUSE_PORT || '3320', name: 'lighthouse' })
const { base } = server
let { stop } = server
const rows = []
try {
  let first = true
  for (const page of paths) {
    const results = []
    for (let run = 0; run < runs; run++) {
      // A fresh server for each run: in this environment the server did not survive the end of a
      // Lighthouse run (chrome-launcher's clean-up; not seen with a server started from a shell).
      if (!first) {
        stop()
        await new Promise((resolve) => setTimeout(resolve, 1000))
        ;({ stop } = await server.start())
      }
      first = false
      await warm(base, page)
      const result = spawnSync(
        'npx',
        [
          '--yes',
          'lighthouse@12.8.2',
          base + page,
          '--quiet',
          '--output=json',
          `--only-categories=${categories.join(',')}`,
          `--chrome-flags=${flags}`,
        ],
        // Its own process group: chrome-launcher's clean-up must not reach the server.
        { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, detached: true },
      )
      if (result.status !== 0) {
        console.error(result.stderr.slice(-2000))
        throw new Error(`lighthouse failed on ${page}`)
      }
      const report = JSON.parse(result.stdout)
      if (reports) writeFileSync(path.join(reports, `${page.replace(/\W+/g, '_')}-${run + 1}.json`), result.stdout)
      results.push(summarize(page, report))
    }
    results.sort((a, b) => a.performance - b.performance)
    const median = results[Math.floor(results.length / 2)]
    rows.push({ ...median, spread: results.map((r) => r.performance).join('/') })
    console.log(`[lighthouse] ${page} done`)
  }
} finally {
  stop()
}

console.log(`\nLighthouse 12, mobile emulation, production build; median of ${runs} run(s) per page\n`)
console.log(
  ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'runs', 'cpu', 'failing audits']
    .map((h, i) => h.padEnd(i === 0 ? 58 : i === 7 ? 12 : 8))
    .join(''),
)
for (const row of rows) {
  console.log(
    [
      row.path.padEnd(58),
      ...categories.map((c) => String(row[c]).padEnd(8)),
      String(row.lcp).padEnd(8),
      String(row.tbt).padEnd(8),
      row.spread.padEnd(12),
      String(row.cpu).padEnd(8),
      row.failing,
    ].join(''),
  )
}
process.exit(0)
