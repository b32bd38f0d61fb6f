import { describe, expect, it } from 'vitest'

import { chosenEncoding } from '@/lib/server/csp.mjs'

import { seeded } from '../helpers/random'

const OURS = ['br', 'gzip', 'deflate'] as const

describe('the encoding a page is sent in', () => {
  it('is the first of Brotli, gzip and deflate the client accepts, for what clients send', () => {
    expect(chosenEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chosenEncoding('gzip, deflate')).toBe('gzip')
    expect(chosenEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(chosenEncoding('*;q=0, deflate')).toBe('deflate')
    expect(chosenEncoding('identity')).toBeUndefined()
    expect(chosenEncoding(undefined)).toBeUndefined()
    expect(chosenEncoding('')).toBeUndefined()
  })

  it('holds for generated headers: weights, `*`, case and spacing; junk never throws', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const r = seeded(seed)
      const named = new Map<string, number>()
      const parts = Array.from({ length: r.int(0, 5) }, () => {
        const name = r.pick([...OURS, '*', 'identity', 'zstd', 'compress'])
        const q = r.chance(0.5) ? 1 : r.pick([0, 0.001, 0.5, 1])
        named.set(name, q)
        const spelled = r.chance(0.3) ? name.toUpperCase() : name
        return q === 1 && r.chance(0.5) ? spelled : `${spelled}${r.pick(['', ' '])};q=${q}`
      })
      const header = parts.join(r.pick([',', ', ', ' , ']))
      const accepts = (name: string) => (named.get(name) ?? named.get('*') ?? 0) > 0
      expect(chosenEncoding(header), `seed ${seed}: ${header}`).toBe(OURS.find(accepts))
    }
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed)
      const junk = Array.from({ length: r.int(0, 200) }, () => String.fromCharCode(r.int(0, 0x7ff))).join('')
      expect(() => chosenEncoding(junk)).not.toThrow()
    }
  })
})
