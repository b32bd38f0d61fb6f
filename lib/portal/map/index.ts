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

/** A marker as drawn: its centre and radius, in map units. */
export type Disc = { x: number; y: number; r: number }

/** About how wide a label is drawn: a Chinese character is as wide as the font is high, Latin about half. */
export const labelWidth = (text: string, size: number) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? size : size * 0.56), 0)

/** A label's box: text-anchor middle at x, its baseline at y. */
const labelBox = (x: number, y: number, width: number, size: number) => ({
  left: x - width / 2,
  right: x + width / 2,
  top: y - size * 0.85,
  bottom: y + size * 0.25,
})

const covers = (box: ReturnType<typeof labelBox>, disc: Disc) => {
  const nearestX = Math.min(Math.max(disc.x, box.left), box.right)
  const nearestY = Math.min(Math.max(disc.y, box.top), box.bottom)
  return Math.hypot(nearestX - disc.x, nearestY - disc.y) < disc.r
}

/**
 * Where a county's name goes so that no marker covers any of it: its own place if that is free,
 * else the free place nearest to it among just above or below each marker in the way and steps of
 * one line up, down, left and right (several markers near one name: the first free of all of them).
 */
export function placeLabel(at: [number, number], text: string, size: number, discs: Disc[]): [number, number] {
  const width = labelWidth(text, size)
  const free = ([x, y]: [number, number]) => !discs.some((disc) => covers(labelBox(x, y, width, size), disc))
  if (free(at)) return at
  const [x, y] = at
  const candidates: [number, number][] = discs
    .filter((disc) => covers(labelBox(x, y, width, size), disc))
    .flatMap((disc): [number, number][] => [
      [x, disc.y - disc.r - size * 0.3],
      [x, disc.y + disc.r + size * 0.9],
    ])
  for (let step = 1; step <= 8; step++) {
    const d = step * size * 0.75
    candidates.push([x, y - d], [x, y + d], [x - d, y], [x + d, y], [x - d, y - d], [x + d, y - d])
  }
  const distance = ([cx, cy]: [number, number]) => Math.hypot(cx - x, cy - y)
  return candidates.sort((a, b) => distance(a) - distance(b)).find(free) ?? at
}
