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

/** A marker's reach around its point, as a share of the view's width (its radius, ring and a margin). */
export const MARKER_REACH = 0.08

/**
 * The part of the map that shows these points: their extent with a margin, at least `minSpan` units
 * wide (the parks sit close together around the city; the whole prefecture would make them one
 * dot), the map's own shape, inside the map where it can be. Every point stays `MARKER_REACH` of the
 * view's width from each edge, so a marker is never cut, even for a park at the map's edge (the
 * view then reaches past the outlines). The SVG scales as a whole, so this holds at every width.
 */
export function fitView(points: [number, number][], minSpan = 120): ViewBox {
  if (points.length === 0) return { x: 0, y: 0, width: MAP.width, height: MAP.height }
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const ratio = MAP.height / MAP.width
  // The extent plus the markers' reach on both sides (2 × MARKER_REACH of the width it makes).
  const grow = 1 / (1 - 2 * MARKER_REACH)
  let width = Math.max(minSpan, (maxX - minX) * 1.3 * grow)
  const height = Math.max(width * ratio, (maxY - minY) * 1.3 * grow + 2 * MARKER_REACH * width)
  width = Math.max(width, height / ratio)
  const pad = MARKER_REACH * width
  const place = (low: number, high: number, span: number, max: number) => {
    const inside = Math.min(Math.max((low + high) / 2 - span / 2, 0), Math.max(0, max - span))
    // Inside the map where it can be, but never so that a marker is cut.
    return Math.max(Math.min(inside, low - pad), high + pad - span)
  }
  return { x: place(minX, maxX, width, MAP.width), y: place(minY, maxY, height, MAP.height), width, height }
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
