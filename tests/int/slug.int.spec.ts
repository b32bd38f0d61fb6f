import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/schema/slug'
import { richText } from '@/seed/richText'

import { getTestPayload, slugFromHook, unique } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const redirectsOf = async (section: string, to?: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { section: { equals: section }, ...(to ? { to: { equals: to } } : {}) },
      limit: 0,
      pagination: false,
    })
  ).docs

const redirectFrom = async (section: string, from: string) =>
  (await payload.find({ collection: 'redirects', where: { section: { equals: section }, from: { equals: from } } }))
    .docs[0]?.to

describe('slugify', () => {
  it('turns Chinese into toneless pinyin and English into lowercase words', () => {
    expect(slugify('深圳科技园赣州园区')).toBe('shen-zhen-ke-ji-yuan-gan-zhou-yuan-qu')
    expect(slugify('赣州国际陆港 2024')).toBe('gan-zhou-guo-ji-lu-gang-2024')
    expect(slugify('Shenzhen Science & Technology Park, Ganzhou!')).toBe('shenzhen-science-technology-park-ganzhou')
    expect(slugify('  Café Zürich  ')).toBe('cafe-zurich')
  })
})

describe('slugs editors control', () => {
  it('comes from the English title when the document is created in English', async () => {
    const title = `Rare earth policy ${unique()}`
    const doc = await payload.create({ collection: 'policies', locale: 'en', data: slugFromHook({ title }) })
    expect(doc.slug).toBe(slugify(title))
  })

  it('comes from the pinyin of the Chinese title, and a taken one gets a number', async () => {
    const name = `低空经济${unique('')}`
    const first = await payload.create({ collection: 'industries', locale: 'zh', data: slugFromHook({ name }) })
    const second = await payload.create({ collection: 'industries', locale: 'zh', data: slugFromHook({ name }) })
    expect(first.slug).toMatch(/^di-kong-jing-ji-/)
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it('a draft begun in Chinese takes its English title’s slug, and follows the titles until it is published', async () => {
    const name = unique('企业')
    const doc = await payload.create({ collection: 'cases', locale: 'zh', data: slugFromHook({ companyName: name }) })
    expect(doc.slug).toBe(slugify(name))
    const english = unique('Gree Electric')
    const en = await payload.update({ collection: 'cases', id: doc.id, locale: 'en', data: { companyName: english } })
    expect(en.slug).toBe(slugify(english))
    // A Chinese save afterwards keeps the English proposal (the English title is still there).
    const zh = await payload.update({ collection: 'cases', id: doc.id, locale: 'zh', data: { companyName: '新名称' } })
    expect(zh.slug).toBe(slugify(english))
    const renamed = unique('Gree Appliances')
    const again = await payload.update({
      collection: 'cases',
      id: doc.id,
      locale: 'en',
      data: { companyName: renamed },
    })
    expect(again.slug).toBe(slugify(renamed))

    const published = await payload.update({
      collection: 'cases',
      id: doc.id,
      locale: 'en',
      data: { _status: 'published', companyName: renamed },
    })
    expect(published.slug).toBe(slugify(renamed))
    // Published: title changes, in a draft or a publish, leave the address alone.
    for (const [locale, draft] of [
      ['en', true],
      ['zh', true],
      ['en', false],
    ] as const) {
      const saved = await payload.update({
        collection: 'cases',
        id: doc.id,
        locale,
        draft,
        data: { companyName: unique('Renamed'), ...(draft ? {} : { _status: 'published' as const }) },
      })
      expect(saved.slug).toBe(published.slug)
    }
    expect(await redirectsOf('cases', published.slug)).toEqual([])
  })

  it('a slug typed by hand stays while the titles change, and clearing it proposes one again', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'zh',
      data: { title: unique('新闻'), slug: unique('My Own Slug'), kind: 'news', date: '2026-12-01T00:00:00.000Z' },
    })
    expect(doc.slug).toMatch(/^my-own-slug-/)
    const en = await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { title: 'English title' } })
    expect(en.slug).toBe(doc.slug)
    const title = unique('Cleared and proposed')
    const cleared = await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { title, slug: '' } })
    expect(cleared.slug).toBe(slugify(title))
  })

  it('is one value for both locales', async () => {
    const doc = await payload.create({
      collection: 'events',
      locale: 'zh',
      data: slugFromHook({
        title: unique('推介会'),
        startsAt: '2027-01-01T01:00:00.000Z',
        startsAt_tz: 'Asia/Shanghai' as const,
      }),
    })
    const en = await payload.update({ collection: 'events', id: doc.id, locale: 'en', data: { title: 'Promotion' } })
    const zh = await payload.findByID({ collection: 'events', id: doc.id, locale: 'zh', draft: true })
    expect(zh.slug).toBe(en.slug)
  })

  it('a slug changed after publishing redirects every earlier address to the live one (generated sequences)', async () => {
    // Seeded generator: a published document goes through random saves — drafts and publishes,
    // with and without a new slug, titles in either language, a return to an earlier slug. After
    // each step: every address it was live under and is not now leads to the live one in one hop,
    // and the live one leads nowhere.
    let seed = 20261207
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
    let moves = 0
    for (let run = 0; run < 3; run++) {
      const doc = await payload.create({
        collection: 'pages',
        locale: 'en',
        data: slugFromHook({
          title: unique('About'),
          kind: 'about' as const,
          body: richText(['About this test.']),
          _status: 'published' as const,
        }),
      })
      const wasLive = new Set([doc.slug])
      let live = doc.slug
      const mine = new Set([doc.slug])
      for (let step = 0; step < 12; step++) {
        const publish = random() < 0.5
        const slug = pick(['none', 'new', 'earlier'] as const)
        const next = slug === 'new' ? unique('page') : slug === 'earlier' ? pick([...mine]) : undefined
        const saved = await payload.update({
          collection: 'pages',
          id: doc.id,
          locale: pick(['zh', 'en'] as const),
          draft: !publish,
          data: {
            title: unique('Title'),
            ...(next ? { slug: next } : {}),
            ...(publish ? { _status: 'published' as const } : {}),
          },
        })
        mine.add(saved.slug)
        if (publish) {
          live = saved.slug
          wasLive.add(live)
        }
        expect(await redirectFrom('pages', live)).toBeUndefined()
        for (const old of wasLive) if (old !== live) expect(await redirectFrom('pages', old)).toBe(live)
        // The live record is what the public reads.
        const publicDoc = await payload.find({ collection: 'pages', where: { id: { equals: doc.id } }, draft: false })
        expect(publicDoc.docs[0]?.slug).toBe(live)
      }
      moves += wasLive.size - 1
    }
    // The sequences did move published documents (a generator that never does would prove nothing).
    expect(moves).toBeGreaterThan(3)
  })

  it('redirects are written only by the documents: the REST API refuses to create one', async () => {
    const { rest, staffToken } = await import('../helpers/payload')
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const created = await rest('POST', 'redirects', {
        token: await staffToken(payload, role),
        body: { section: 'parks', from: 'a', to: 'b' },
      })
      expect(created.status).toBe(403)
    }
    expect((await rest('GET', 'redirects')).status).toBe(200)
  })
})
