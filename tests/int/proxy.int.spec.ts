import { describe, expect, it } from 'vitest'

import { FILTER_KEYS } from '@/lib/filters'
import { config } from '@/proxy'

describe('proxy matcher', () => {
  it('runs the proxy for every filter of every list, so filtered URLs reach the results route', () => {
    const entries = config.matcher.filter(
      (m): m is Exclude<typeof m, string> => typeof m !== 'string' && m.source.startsWith('/:locale'),
    )
    for (const [section, keys] of Object.entries(FILTER_KEYS)) {
      for (const key of keys) {
        const match = entries.find(
          (m) => m.source === `/:locale(zh|en)/${section}` && m.has?.some((h) => h.key === key),
        )
        expect(match, `${section}?${key}=…`).toBeTruthy()
      }
    }
    expect(entries).toHaveLength(Object.values(FILTER_KEYS).flat().length)
  })

  it('leaves Payload, Next internals and files alone', () => {
    const [pattern] = config.matcher
    const regex = new RegExp(`^${(pattern as string).replace('/((?!', '/(?!').replace(/\)\.\*\)$/, ').*')}$`)
    for (const path of [
      '/admin',
      '/next/preview',
      '/api/parks',
      '/_next/static/x.js',
      '/icon.svg',
      '/zh',
      '/en/parks/x',
    ])
      expect(path).not.toMatch(regex)
    for (const path of ['/', '/parks']) expect(path).toMatch(regex)
  })
})
