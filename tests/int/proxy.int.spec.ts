import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { SECTIONS, sections } from '@/lib/sections'
import { config } from '@/proxy'

describe('proxy matcher', () => {
  it('runs the proxy for every filter of every list, so filtered URLs reach the results route', () => {
    const entries = config.matcher.filter(
      (m): m is Exclude<typeof m, string> => typeof m !== 'string' && m.source.startsWith('/:locale'),
    )
    const filters = sections.flatMap((section) => SECTIONS[section].filters.map((key) => ({ section, key })))
    for (const { section, key } of filters) {
      {
        const match = entries.find(
          (m) => m.source === `/:locale(${locales.join('|')})/${section}` && m.has?.some((h) => h.key === key),
        )
        expect(match, `${section}?${key}=…`).toBeTruthy()
      }
    }
    expect(entries).toHaveLength(filters.length)
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
      ...locales.flatMap((locale) => [`/${locale}`, `/${locale}/parks/x`]),
    ])
      expect(path).not.toMatch(regex)
    for (const path of ['/', '/parks']) expect(path).toMatch(regex)
  })
})
