import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import {
  canonicalQuery,
  listKeys,
  MAX_PAGE,
  querySegment,
  readListQuery,
  readPage,
  SEARCH_KEYS,
} from '@/lib/portal/filters'
import { PAGE_PARAM, SECTIONS, sections } from '@/lib/sections'
import { compareQuery, COMPARE_KEYS, FINDER_KEYS, finderQuery } from '@/lib/portal/toolQueries'
import { config } from '@/proxy'

describe('proxy matcher', () => {
  it('runs the proxy for every filter and the page number of every list, so such URLs reach the results route', () => {
    const entries = config.matcher.filter(
      (m): m is Exclude<typeof m, string> => typeof m !== 'string' && m.source.startsWith('/:locale'),
    )
    const filters = sections.flatMap((section) =>
      SECTIONS[section].filters.length
        ? [...SECTIONS[section].filters, PAGE_PARAM].map((key) => ({ section, key }))
        : [],
    )
    for (const { section, key } of filters) {
      {
        const match = entries.find(
          (m) => m.source === `/:locale(${locales.join('|')})/${section}` && m.has?.some((h) => h.key === key),
        )
        expect(match, `${section}?${key}=…`).toBeTruthy()
      }
    }
    const search = entries.find(
      (m) => m.source === `/:locale(${locales.join('|')})/search` && m.has?.some((h) => h.key === 'q'),
    )
    expect(search, 'search?q=…').toBeTruthy()
    const tools = [
      ...FINDER_KEYS.map((key) => ({ path: 'finder', key })),
      ...COMPARE_KEYS.map((key) => ({ path: 'parks/compare', key })),
    ]
    for (const { path, key } of tools) {
      const match = entries.find(
        (m) => m.source === `/:locale(${locales.join('|')})/${path}` && m.has?.some((h) => h.key === key),
      )
      expect(match, `${path}?${key}=…`).toBeTruthy()
    }
    expect(entries).toHaveLength(filters.length + 1 + tools.length)
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

describe('list and search queries in the path', () => {
  it('puts a query in one canonical form: known keys in order, trimmed, no page 1, nothing empty', () => {
    const keys = listKeys('parks')
    expect(canonicalQuery(keys, new URLSearchParams('level=national&county=+nankang+&utm=x&page=1'))).toBe(
      'county=nankang&level=national',
    )
    expect(canonicalQuery(keys, new URLSearchParams('page=3&industry='))).toBe('page=3')
    for (const page of ['0', '-2', '2.5', 'abc', String(MAX_PAGE + 1)])
      expect(canonicalQuery(keys, new URLSearchParams(`page=${page}`))).toBe('')
    expect(canonicalQuery(SEARCH_KEYS, new URLSearchParams(`q=${'园'.repeat(300)}`))).toBe(
      new URLSearchParams({ q: '园'.repeat(100) }).toString(),
    )
  })

  it('reads the query back from the segment the proxy writes, encoded or not', () => {
    const query = canonicalQuery(SEARCH_KEYS, new URLSearchParams({ q: '稀土 100% & co', section: 'parks', page: '2' }))
    const expected = { q: '稀土 100% & co', section: 'parks', page: '2' }
    expect(readListQuery(SEARCH_KEYS, encodeURIComponent(query))).toEqual(expected)
    expect(readListQuery(SEARCH_KEYS, query)).toEqual(expected)
    expect(readListQuery(SEARCH_KEYS, '%E0%A4%A')).toEqual({})
    expect(readPage(readListQuery(listKeys('events'), 'when=past&page=12'))).toBe(12)
    expect(readPage({})).toBe(1)
  })
})

describe('the investor tools’ queries in the path', () => {
  it('puts the finder’s answers in one order whatever the URL’s, and leaves out what it does not read', () => {
    const one = finderQuery(new URLSearchParams('need=rent&utm=x&origin=shenzhen&need=land&industry=electronics'))
    const other = finderQuery(new URLSearchParams('industry=electronics&need=land&origin=shenzhen&need=rent&need=land'))
    expect(one).toBe('industry=electronics&origin=shenzhen&need=land&need=rent')
    expect(other).toBe(one)
    expect(finderQuery(new URLSearchParams('utm=x&industry=+'))).toBe('')
    expect(querySegment(encodeURIComponent(one))).toBe(one)
  })

  it('keeps the parks compared in the order asked, without repeats, split or not', () => {
    expect(compareQuery(new URLSearchParams('parks=b,a&parks=c&parks=a'))).toBe('parks=b%2Ca%2Cc')
    expect(compareQuery(new URLSearchParams('parks=+,'))).toBe('')
    const read = new URLSearchParams(querySegment(encodeURIComponent(compareQuery(new URLSearchParams('parks=a,b')))))
    expect(read.getAll('parks')).toEqual(['a,b'])
  })
})
