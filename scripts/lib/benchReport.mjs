/** The table and lines `npm run bench` prints (scripts/bench.mjs). */
import { availableParallelism } from 'node:os'

import { loads, settings } from './bench.mjs'

const cell = (value, width) => String(value ?? '–').padEnd(width)
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`)

export function printReport(results) {
  const { connections, seconds, rounds, mixSeconds } = settings
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
    console.log(
      `[${label}] admin policies list, signed in: first byte ${ms(admin?.ttfb)}, table shown ${ms(admin?.usable)} (first after start: ${ms(admin?.firstTtfb)} / ${ms(admin?.firstUsable)})`,
    )
    console.log(
      `[${label}] mix of 7 pages, 100 connections × ${mixSeconds} s: ${mix.total} requests, ${mix.rps} req/s, p99 ${mix.p99} ms, ${mix.errors} errors, ${mix.timeouts} timeouts, ${mix.non2xx} non-2xx`,
    )
    console.log(
      `[${label}] cold start: first /zh ${ms(cold.firstPage)} after the start (preflight + server.mjs, as npm start; issue 25's aim ≤ 2 s); warmed ${cold.warmed ?? '–'}; first /zh after that ${ms(cold.firstHome)}, first detail page ${ms(cold.firstDetail)}; memory ${memory.start} MB after start and warm-up, ${memory.end} MB at the end`,
    )
  }
  console.log(
    `load average (1 min) during the run: min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)} on ${availableParallelism()} cores`,
  )
}
