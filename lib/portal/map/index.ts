/**
 * The parks map: county outlines shipped in the repo (ganzhou.json, built by scripts/build-map.mjs
 * from an npm package, no tile service needed) in Web Mercator, and the arithmetic to place parks
 * and, when MAP_TILE_URL names a tile provider, its tiles on them. Pure functions.
 */
import outline from './ganzhou.json'

export const MAP = outline as {
  source: string
  width: number
  height: number
  projection: { west: number; north: number; scale: number }
  counties: { county: string; path: string; label: [number, number] }[]
}

/** Latitude in Web Mercator, in degrees (tiles use the same). */
const mercator = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI

/** A point's place on the map, in its SVG units. */
export function project(lat: number, lng: number): [number, number] {
  const { west, north, scale } = MAP.projection
  return [(lng - west) * scale, (mercator(north) - mercator(lat)) * scale]
}

export const onMap = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= MAP.width && y <= MAP.height

export type ViewBox = { x: number; y: number; width: number; height: number }

/**
 * The part of the map that shows these points: their extent with a margin, at least `minSpan` units
 * wide (the parks sit close together around the city; the whole prefecture would make them one
 * dot), the map's own shape, inside the map.
 */
export function fitView(points: [number, number][], minSpan = 120): ViewBox {
  if (points.length === 0) return { x: 0, y: 0, width: MAP.width, height: MAP.height }
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const ratio = MAP.height / MAP.width
  let width = Math.min(MAP.width, Math.max(minSpan, (Math.max(...xs) - Math.min(...xs)) * 1.6))
  let height = Math.max(width * ratio, (Math.max(...ys) - Math.min(...ys)) * 1.6)
  if (height > MAP.height) height = MAP.height
  width = Math.min(MAP.width, height / ratio)
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2
  const clamp = (value: number, span: number, max: number) => Math.min(Math.max(value - span / 2, 0), max - span)
  return { x: clamp(cx, width, MAP.width), y: clamp(cy, height, MAP.height), width, height }
}

export type Tile = { href: string; x: number; y: number; size: number }

/**
 * The tiles of a `{z}/{x}/{y}` URL template that cover a view (optional: only when a provider is
 * configured), at the zoom where a 256 px tile shows at about its size in a 1000 px wide map.
 */
export function tilesFor(view: ViewBox, template: string, maxTiles = 36): Tile[] {
  const { west, north, scale } = MAP.projection
  const zoom = Math.max(0, Math.min(18, Math.round(Math.log2((360 * scale) / ((256 / 1000) * view.width)))))
  const n = 2 ** zoom
  const size = (360 / n) * scale
  const column = (x: number) => Math.floor(((x / scale + west + 180) / 360) * n)
  const row = (y: number) => Math.floor(((180 - (mercator(north) - y / scale)) / 360) * n)
  const tiles: Tile[] = []
  for (let tx = column(view.x); tx <= column(view.x + view.width); tx++) {
    for (let ty = row(view.y); ty <= row(view.y + view.height); ty++) {
      if (tiles.length >= maxTiles) return tiles
      tiles.push({
        href: template.replace('{z}', String(zoom)).replace('{x}', String(tx)).replace('{y}', String(ty)),
        x: ((tx * 360) / n - 180 - west) * scale,
        y: (mercator(north) - (180 - (ty * 360) / n)) * scale,
        size,
      })
    }
  }
  return tiles
}
