/**
 * `node scripts/make-map-svg.mjs`: writes public/map/ganzhou-counties.svg, the county outlines of
 * lib/portal/map/ganzhou.json as one static file. The parks map draws it as an image (one request,
 * cached by the browser) instead of inlining 16 KB of outlines into every list and park page, twice
 * (the HTML and React's payload). tests/unit/map.test.ts fails when the file and the JSON differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import outline from '../lib/portal/map/ganzhou.json' with { type: 'json' }

const root = path.resolve(import.meta.dirname, '..')

/** The file's text: the same colours as the map's Tailwind classes (slate-100 fill, slate-400 lines). */
export function countiesSvg({ width, height, counties }) {
  const paths = counties.map((c) => `<path d="${c.path}"/>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><g fill="#f1f5f9" stroke="#90a1b9" stroke-width="0.6" stroke-linejoin="round">${paths}</g></svg>\n`
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(path.join(root, 'public', 'map'), { recursive: true })
  writeFileSync(path.join(root, 'public', 'map', 'ganzhou-counties.svg'), countiesSvg(outline))
  console.log('public/map/ganzhou-counties.svg written')
}
