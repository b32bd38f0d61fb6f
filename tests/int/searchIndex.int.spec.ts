import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchPortal } from '@/lib/portal/search'

import { unique } from '../helpers/payload'
import { searchKit, titles } from '../helpers/search'

const kit = searchKit()
const { publish } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

/**
 * The database's own inverted index (FTS5 on SQLite, GIN on PostgreSQL) finds exactly what the
 * portable `contains` scan finds, for queries generated from the seeded index itself: single terms
 * of both scripts, prefixes of English words, pairs and triples of terms, and terms found nowhere.
 */
describe('the inverted index and the contains scan agree', () => {
  it('on generated queries over the seeded documents, in every locale', async () => {
    const { indexMatches, containsMatches, usesInvertedIndex } = await import('@/lib/search/matches')
    expect(await usesInvertedIndex(payload)).toBe(payload.db.name !== 'mongoose')
    const { queryTerms } = await import('@/lib/search/tokens')
    const { locales } = await import('@/i18n/locales')
    let seed = 20261205
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    const pick = <T>(items: T[]) => items[next() % items.length]!
    let compared = 0
    let nonEmpty = 0
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'search-index',
        where: { locale: { equals: locale } },
        pagination: false,
        select: { terms: true },
        overrideAccess: true,
      })
      const vocabulary = [...new Set(docs.flatMap((doc) => (doc.terms ?? '').trim().split(/\s+/)).filter(Boolean))]
      expect(vocabulary.length, locale).toBeGreaterThan(50)
      const queries: string[] = []
      for (let i = 0; i < 60; i++) {
        const term = pick(vocabulary)
        const shape = next() % 5
        if (shape === 0) queries.push(term)
        else if (shape === 1)
          queries.push(/^[a-z]/.test(term) && term.length > 2 ? term.slice(0, 2 + (next() % (term.length - 2))) : term)
        else if (shape === 2) queries.push(`${term} ${pick(vocabulary)}`)
        else if (shape === 3) queries.push(`${term} ${pick(vocabulary)} ${pick(vocabulary)}`)
        else queries.push(`${term}zzq`)
      }
      for (const query of queries) {
        const terms = queryTerms(query)
        if (terms.length === 0) continue
        const ids = (matches: { id: number | string }[]) => matches.map((m) => String(m.id)).sort()
        const indexed = ids(await indexMatches(payload, locale, terms))
        expect(indexed, `${locale}: ${query}`).toEqual(ids(await containsMatches(payload, locale, terms)))
        compared++
        if (indexed.length) nonEmpty++
      }
    }
    console.info(`[search] ${payload.db.name}: ${compared} generated queries, ${nonEmpty} with hits, index = scan`)
    expect(nonEmpty).toBeGreaterThan(compared / 3)
  })
})

/**
 * Search across scripts (issue 28): a Hong Kong reader types Traditional, a mainland reader
 * Simplified, on either Chinese page; a Chinese query on an English page finds the English page.
 */
describe('search across scripts and languages', () => {
  const tag = unique('x').replace(/[^a-z0-9]/g, '')
  const slugOf = (page: Awaited<ReturnType<typeof searchPortal>>) =>
    page.results.map((result) => `${result.section}/${result.slug}`).sort()

  beforeAll(async () => {
    await publish(
      'parks',
      { name: `无人机产业园${tag}`, summary: '享受税收优惠的稀土无人机示例园区。' },
      { name: `Drone Park ${tag}`, summary: 'A sample park with tax incentives.' },
    )
  })

  it('finds 税收/稅收 and 无人机/無人機 in either Chinese locale, and marks the text as it is written', async () => {
    for (const locale of ['zh', 'zh-hant'] as const) {
      for (const query of ['税收', '稅收', '无人机', '無人機']) {
        const found = await searchPortal(locale, `${query} ${tag}`)
        expect(found.total, `${locale}: ${query}`).toBe(1)
        expect(found.results[0]!.title).toBe(locale === 'zh' ? `无人机产业园${tag}` : `無人機產業園${tag}`)
      }
    }
    // Hong Kong writes 税 (Taiwan 稅) and 無人機: marked as the page writes them, whichever was typed.
    const marks = async (query: string) =>
      (await searchPortal('zh-hant', `${query} ${tag}`)).results[0]!.snippet.filter((p) => p.mark).map((p) => p.text)
    expect(await marks('稅收')).toEqual(['税收'])
    expect(await marks('无人机')).toEqual(['無人機'])
  })

  it('finds 稀土 on the English page and links to the English version', async () => {
    const found = await searchPortal('en', `稀土 ${tag}`)
    expect(titles(found)).toEqual([`Drone Park ${tag}`])
    const zh = await searchPortal('zh', `稀土 ${tag}`)
    expect(slugOf(found)).toEqual(slugOf(zh))
    // An English query finds the English text only, as before.
    expect(titles(await searchPortal('en', `drone ${tag}`))).toEqual([`Drone Park ${tag}`])
  })

  it('a query and its other script find the same documents, for queries generated from real text', async () => {
    const { toTraditional } = await import('@/lib/schema/traditional')
    const { industries } = await import('@/seed/data')
    // The article's industries, published with their descriptions; queries are pieces of that text.
    const texts: string[] = []
    for (const industry of industries) {
      await publish(
        'industries',
        { name: `${industry.name.zh}${tag}`, description: industry.description.zh },
        { name: `${industry.name.en} ${tag}`, description: industry.description.en },
      )
      texts.push(industry.name.zh, industry.description.zh)
    }
    const runs = texts.flatMap((text) => text.match(/\p{Script=Han}{4,}/gu) ?? []).map((run) => [...run])
    let seed = 20261207
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    let compared = 0
    for (let i = 0; i < 40; i++) {
      const chars = runs[next() % runs.length]!
      const start = next() % (chars.length - 1)
      const simplified = `${chars.slice(start, start + 2 + (next() % 3)).join('')} ${tag}`
      const traditional = toTraditional(simplified)
      const expected = slugOf(await searchPortal('zh', simplified))
      expect(expected.length, simplified).toBeGreaterThan(0)
      for (const [locale, query] of [
        ['zh', traditional],
        ['zh-hant', simplified],
        ['zh-hant', traditional],
        ['en', simplified],
        ['en', traditional],
      ] as const) {
        expect(slugOf(await searchPortal(locale, query)), `${locale}: ${query}`).toEqual(expected)
      }
      if (traditional !== simplified) compared++
    }
    // Most pieces differ between the scripts (产业 / 產業), so the test compares something.
    expect(compared).toBeGreaterThan(20)
  })

  it('an index stored before the folding is folded by the migration, on each SQL database', async ({ skip }) => {
    if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres')
      return skip('MongoDB has no migrations here: `npm run reindex` rebuilds its index')
    const { sqlRows } = await import('@/lib/server/sql')
    const { toTraditional } = await import('@/lib/schema/traditional')
    const rows = await sqlRows(
      payload,
      (sql) => sql`SELECT id, terms FROM search_index WHERE locale = 'zh-hant' AND title LIKE ${`%${tag}`}`,
    )
    expect(rows.length).toBeGreaterThan(5)
    const before = slugOf(await searchPortal('zh-hant', `无人机 ${tag}`))
    expect(before.length).toBeGreaterThan(0)
    // As the old code stored it: the Traditional text's own characters (產業, 稀土, 無人機).
    for (const row of rows)
      await sqlRows(
        payload,
        (sql) => sql`UPDATE search_index SET terms = ${toTraditional(String(row.terms))} WHERE id = ${row.id}`,
      )
    expect((await searchPortal('zh-hant', `无人机 ${tag}`)).total).toBe(0)
    const migration =
      payload.db.name === 'sqlite'
        ? await import('@/migrations/20261207_010000_search_across_scripts')
        : await import('@/migrations/postgres/20261207_010000_search_across_scripts')
    const db = (payload.db as unknown as { drizzle: never }).drizzle
    await migration.up({ db, payload, req: {} as never })
    expect(slugOf(await searchPortal('zh-hant', `无人机 ${tag}`))).toEqual(before)
    expect(slugOf(await searchPortal('zh-hant', `無人機 ${tag}`))).toEqual(before)
  })
})
