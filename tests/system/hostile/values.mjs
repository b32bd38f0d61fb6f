/** Seeded randomness and the values a client could send, of every kind and shape. */
import { FIELDS } from './tables.mjs'

/** A small seeded PRNG (mulberry32): the same seed draws the same requests. */
export function random(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  return { next, int, pick, chance }
}

/** A scalar of some kind a client could send. */
export function scalar(r) {
  switch (r.int(0, 22)) {
    case 0:
      return String(r.int(-5, 5))
    case 1:
      return String(r.int(1, 2 ** 31))
    case 2:
      return '99999999999999999999999999'
    case 3:
      return String(r.next() * 1e6 - 5e5)
    case 4:
      return ''
    case 5:
      return ' '
    case 6:
      return 'null'
    case 7:
      return r.pick(['true', 'false', 'undefined', 'NaN', 'Infinity', '-0', '1e309'])
    case 8:
      return r.pick(['2026-01-01', '2026-13-45', '99999-01-01T00:00:00Z', '0000-00-00', 'yesterday', '1e20'])
    case 9:
      return 'a'.repeat(r.int(200, 6000))
    case 10:
      return r.pick(['园区', '稅收', '無人機', '🏭🏭', '\u202e\u202d', 'ä\u0301'])
    case 11:
      return '\u0000' + r.pick(['', 'x', '\u0001'])
    case 12:
      return r.pick(["' OR '1'='1", '1; DROP TABLE parks', '${7*7}', '{{7*7}}', '<script>alert(1)</script>'])
    case 13:
      return r.pick(['507f1f77bcf86cd799439011', 'zzzzzzzzzzzzzzzzzzzzzzzz', '0x10', '1.5', '-1', '0'])
    case 14:
      return r.pick(['[object Object]', '__proto__', 'constructor', 'prototype', 'hasOwnProperty'])
    case 15:
      return r.pick(['%', '%%', '%zz', '%ff', '%c0%af', '%e4%b8'])
    case 16:
      return r.pick(['a,b', ',', ',,,', 'a,,b', '1,2,3'])
    case 17:
      return r.pick(['\\', '\\\\', '"', "'", '`', '\n', '\r\n'])
    case 18:
      return r.pick(['*', '?', '.*', '(a+)+$', '[', '^'])
    case 19:
      return r.pick(['draft', 'published', 'deleted', 'admin', 'editor'])
    case 20:
      return r.pick(['../../etc/passwd', '..%2f..%2f', '/etc/passwd', 'C:\\Windows'])
    case 21:
      return String(r.int(1, 60))
    default:
      return r.pick(['{}', '[]', '{"a":1}', '[1,2]'])
  }
}

/** A JSON value of some shape (bounded size). */
export function jsonValue(r, depth = 0) {
  if (depth > 3 || r.chance(0.45)) {
    switch (r.int(0, 6)) {
      case 0:
        return r.int(-1e9, 1e9)
      case 1:
        return r.next()
      case 2:
        return r.chance(0.5)
      case 3:
        return null
      case 4:
        return r.pick([1e308, -1e308, Number.MAX_SAFE_INTEGER + 2])
      default:
        return scalar(r)
    }
  }
  if (r.chance(0.5)) return Array.from({ length: r.int(0, 4) }, () => jsonValue(r, depth + 1))
  const object = {}
  for (let i = r.int(0, 4); i > 0; i--) object[r.pick([...FIELDS, scalar(r)])] = jsonValue(r, depth + 1)
  return object
}

export const nested = (depth) => '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth)

export const enc = encodeURIComponent
