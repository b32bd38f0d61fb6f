import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { fitView, labelWidth, MAP, MARKER_REACH, onMap, placeLabel, project, tilesFor } from '@/lib/portal/map'

import { countiesSvg } from '../../scripts/make-map-svg.mjs'

/** The parks map's arithmetic (lib/portal/map): outlines shipped in the repo, parks placed on them. */
describe('parks map', () => {
  it('ships the outlines of Ganzhou’s 18 counties, each with our county value', () => {
    expect(MAP.counties).toHaveLength(18)
    expect(MAP.counties.map((c) => c.county)).toContain('nankang')
    for (const county of MAP.counties) expect(county.path).toMatch(/^M[\d. L]+Z/)
  })

  it('places a park in Ganzhou inside the map, in its county, and one in Shenzhen outside', () => {
    const port = project(25.68, 114.78)
    expect(onMap(port)).toBe(true)
    // Near the label point of Nankang (the county's centre), far from Ruijin's.
    const label = (county: string) => MAP.counties.find((c) => c.county === county)!.label
    const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)
    expect(distance(port, label('nankang'))).toBeLessThan(distance(port, label('ruijin')))
    // North is up, east is right.
    expect(project(26, 115)[1]).toBeLessThan(project(25, 115)[1])
    expect(project(25, 115)[0]).toBeLessThan(project(25, 116)[0])
    expect(onMap(project(22.53, 113.93))).toBe(false)
  })

  it('fits the view to the parks, never smaller than the minimum, always inside the map', () => {
    const points: [number, number][] = [project(25.83, 114.87), project(25.66, 114.77)]
    const view = fitView(points)
    expect(view.width).toBeGreaterThanOrEqual(120)
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(view.x)
      expect(x).toBeLessThanOrEqual(view.x + view.width)
      expect(y).toBeGreaterThanOrEqual(view.y)
      expect(y).toBeLessThanOrEqual(view.y + view.height)
    }
    expect(fitView([])).toEqual({ x: 0, y: 0, width: MAP.width, height: MAP.height })
  })

  it('keeps every marker whole, with a margin, for generated sets of parks anywhere on the map', () => {
    let seed = 20261207
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 500; round++) {
      // One to eight parks, clustered or spread, often at the map's very edge.
      const edge = round % 3 === 0
      const points = Array.from({ length: 1 + Math.floor(random() * 8) }, (): [number, number] => [
        edge && random() < 0.5 ? (random() < 0.5 ? 0 : MAP.width) : random() * MAP.width,
        edge && random() < 0.5 ? (random() < 0.5 ? 0 : MAP.height) : random() * MAP.height,
      ])
      const view = fitView(points)
      const pad = MARKER_REACH * view.width - 1e-9
      expect(view.height / view.width).toBeCloseTo(MAP.height / MAP.width, 6)
      for (const [x, y] of points) {
        expect(x - view.x, `round ${round}`).toBeGreaterThanOrEqual(pad)
        expect(view.x + view.width - x, `round ${round}`).toBeGreaterThanOrEqual(pad)
        expect(y - view.y, `round ${round}`).toBeGreaterThanOrEqual(pad)
        expect(view.y + view.height - y, `round ${round}`).toBeGreaterThanOrEqual(pad)
      }
    }
  })

  it('puts a county name where no marker covers it, near its own place, for generated markers', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const names = ['Nankang District', 'Ganxian District', '南康区', '章貢區', 'Zhanggong District', '信丰县']
    let moved = 0
    for (let round = 0; round < 1000; round++) {
      const size = 2 + random() * 4
      const at: [number, number] = [50 + random() * 100, 50 + random() * 100]
      const text = names[round % names.length]!
      const width = labelWidth(text, size)
      // One to four markers around the name, often right on it.
      const discs = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        x: at[0] + (random() - 0.5) * width * 1.4,
        y: at[1] + (random() - 0.5) * size * 3,
        r: size * (0.6 + random() * 0.8),
      }))
      const [x, y] = placeLabel(at, text, size, discs)
      if (x !== at[0] || y !== at[1]) moved++
      // Sampled along the text's box: no point of it inside a marker.
      for (let i = 0; i <= 20; i++) {
        for (const dy of [-0.85 * size, -0.4 * size, 0.25 * size]) {
          const px = x - width / 2 + (width * i) / 20
          for (const disc of discs) {
            expect(Math.hypot(px - disc.x, y + dy - disc.y), `round ${round}`).toBeGreaterThanOrEqual(disc.r - 1e-9)
          }
        }
      }
      // Never far: within a few lines of its county's centre.
      expect(Math.hypot(x - at[0], y - at[1]), `round ${round}`).toBeLessThanOrEqual(size * 8.5)
    }
    // The generator did put markers on the names.
    expect(moved).toBeGreaterThan(300)
  })

  it('covers a view with the tiles of a configured provider, at a zoom that suits it', () => {
    const view = fitView([project(25.83, 114.87)])
    const tiles = tilesFor(view, 'https://tiles.example/{z}/{x}/{y}.png')
    expect(tiles.length).toBeGreaterThan(0)
    expect(tiles.length).toBeLessThanOrEqual(36)
    // Together they cover the view.
    expect(Math.min(...tiles.map((t) => t.x))).toBeLessThanOrEqual(view.x)
    expect(Math.max(...tiles.map((t) => t.x + t.size))).toBeGreaterThanOrEqual(view.x + view.width)
    expect(Math.min(...tiles.map((t) => t.y))).toBeLessThanOrEqual(view.y)
    expect(Math.max(...tiles.map((t) => t.y + t.size))).toBeGreaterThanOrEqual(view.y + view.height)
    // The tile that holds Ganzhou city at zoom z, by the standard Web Mercator tile formula.
    const [, z, x, y] = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(tiles[0]!.href)!.map(Number)
    const n = 2 ** z!
    const lat = (25.83 * Math.PI) / 180
    const column = Math.floor(((114.87 + 180) / 360) * n)
    const row = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n)
    const hrefs = tiles.map((t) => t.href)
    expect(hrefs).toContain(`https://tiles.example/${z}/${column}/${row}.png`)
    expect(x).toBeLessThanOrEqual(column)
    expect(y).toBeLessThanOrEqual(row)
  })
})

describe('the county outlines file', () => {
  it('is the outlines of the map data, as scripts/make-map-svg.mjs writes them', () => {
    const file = readFileSync(path.resolve(import.meta.dirname, '../../public/map/ganzhou-counties.svg'), 'utf8')
    expect(file).toBe(countiesSvg(MAP))
    for (const county of MAP.counties) expect(file).toContain(`d="${county.path}"`)
  })
})
