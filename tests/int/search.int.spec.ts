import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchPortal } from '@/lib/portal/search'

import { getTestPayload, unique } from '../helpers/payload'

let payload: Payload
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

/** A published document in both languages, as a reviewer would leave it. */
async function publish<C extends 'parks' | 'policies' | 'industries'>(
  collection: C,
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const doc = await payload.create({
    collection,
    data: { ...zh, _status: 'published' } as never,
    locale: 'zh',
    overrideAccess: true,
  })
  await payload.update({
    collection,
    id: doc.id,
    data: { ...en, _status: 'published' } as never,
    locale: 'en',
    overrideAccess: true,
  })
  return doc
}

const titles = (page: Awaited<ReturnType<typeof searchPortal>>) => page.results.map((result) => result.title)

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('search reads an index kept up to date by publishing', () => {
  const tag = unique('s').replace(/[^a-z0-9]/g, '')
  let park: { id: number | string }

  beforeAll(async () => {
    park = await publish(
      'parks',
      {
        name: `赣南电子信息产业园区${tag}`,
        summary: '聚焦稀土永磁与电子元器件的示例园区。',
        body: paragraph('园区提供标准厂房。'),
      },
      {
        name: `Gannan Electronics Industrial Parks ${tag}`,
        summary: 'A sample park for rare earth magnets.',
        body: paragraph('Standard factory buildings.'),
      },
    )
  })

  it('finds Chinese words inside longer text: 园区, 电子信息, 稀土', async () => {
    for (const query of ['园区', '电子信息', '稀土', `电子信息 ${tag}`]) {
      expect(titles(await searchPortal('zh', query)), query).toContain(`赣南电子信息产业园区${tag}`)
    }
    expect(titles(await searchPortal('zh', `信电 ${tag}`))).toEqual([])
  })

  it('finds English by word prefix and plural, in the English text', async () => {
    for (const query of [`rare earth ${tag}`, `industri ${tag}`, `park ${tag}`, `GANNAN ${tag}`]) {
      expect(titles(await searchPortal('en', query)), query).toEqual([`Gannan Electronics Industrial Parks ${tag}`])
    }
  })

  it('ranks title matches first and marks the matches in a snippet', async () => {
    const word = `quokka${tag}`
    await publish(
      'policies',
      { title: `政策甲 ${word}`, summary: '示例' },
      { title: `Policy A ${word}`, summary: 'Sample' },
    )
    await publish(
      'policies',
      { title: `政策乙${tag}`, summary: `摘要里提到 ${word} 的示例政策。` },
      { title: `Policy B ${tag}`, summary: `A sample that mentions ${word} in its summary.` },
    )
    const found = await searchPortal('en', word)
    expect(titles(found)).toEqual([`Policy A ${word}`, `Policy B ${tag}`])
    expect(found.results[1]?.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual([word])
    expect(found.results[1]?.snippet.map((part) => part.text).join('')).toContain('in its summary')
  })

  it('filters by section and pages through results', async () => {
    const word = `pager${tag}`
    for (let i = 0; i < 23; i++)
      await publish('industries', { name: `产业${i} ${word}` }, { name: `Industry ${i} ${word}` })
    await publish('parks', { name: `园 ${word}` }, { name: `Park ${word}` })
    const all = await searchPortal('en', word)
    expect(all.bySection).toEqual({ parks: 1, industries: 23 })
    expect([all.total, all.pages, all.results.length]).toEqual([24, 2, 20])
    const second = await searchPortal('en', word, { page: 2 })
    expect(second.results).toHaveLength(4)
    const industries = await searchPortal('en', word, { section: 'industries' })
    expect(industries.total).toBe(23)
    expect(industries.results.every((result) => result.section === 'industries')).toBe(true)
  })

  it('a draft saved over a live document changes nothing; unpublishing and deleting take it out', async () => {
    await payload.update({
      collection: 'parks',
      id: park.id,
      data: { name: `草稿标题${tag}` },
      locale: 'zh',
      draft: true,
      overrideAccess: true,
    })
    expect(titles(await searchPortal('zh', `草稿标题${tag}`))).toEqual([])
    expect(titles(await searchPortal('zh', `电子信息 ${tag}`))).toContain(`赣南电子信息产业园区${tag}`)
    await payload.update({ collection: 'parks', id: park.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(titles(await searchPortal('zh', `电子信息 ${tag}`))).toEqual([])
    await payload.update({ collection: 'parks', id: park.id, data: { _status: 'published' }, overrideAccess: true })
    expect(titles(await searchPortal('en', `rare earth ${tag}`))).toHaveLength(1)
    await payload.delete({ collection: 'parks', id: park.id, overrideAccess: true })
    expect(titles(await searchPortal('en', `rare earth ${tag}`))).toEqual([])
  })

  it('keeps drafts out, and the index is not writable through the API', async () => {
    const draft = await payload.create({
      collection: 'parks',
      data: { name: `未发布${tag}` },
      draft: true,
      overrideAccess: true,
    })
    expect(titles(await searchPortal('zh', `未发布${tag}`))).toEqual([])
    await expect(
      payload.create({
        collection: 'search-index',
        data: { section: 'parks', locale: 'zh', docId: String(draft.id), slug: 'x', title: 'x' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})

describe('document numbers', () => {
  it('are shown in English form on English results and found by the number as issued, in each language', async () => {
    const tag = unique('n').replace(/[^a-z0-9]/g, '')
    await publish(
      'policies',
      { title: `编号检索政策${tag}`, documentNumber: '赣府发〔2024〕11号', summary: '示例摘要。' },
      { title: `Number search policy ${tag}`, summary: 'Sample summary.' },
    )
    const en = await searchPortal('en', tag)
    const snippet = en.results[0]!.snippet.map((part) => part.text).join('')
    expect(snippet).toContain('Gan Fu Fa [2024] No. 11')
    expect(snippet).not.toMatch(/[\u3000-\u303f\u3400-\u9fff]/)
    for (const locale of ['zh', 'en'] as const) {
      const byNumber = await searchPortal(locale, '赣府发〔2024〕11号')
      expect(
        titles(byNumber).some((title) => title.includes(tag)),
        locale,
      ).toBe(true)
    }
    const byEnglish = await searchPortal('en', 'Gan Fu Fa 2024')
    expect(titles(byEnglish)).toContain(`Number search policy ${tag}`)
  })
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
