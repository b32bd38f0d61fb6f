import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/schema/slug'

import { getTestPayload, slugFromHook, unique } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('slugify', () => {
  it('turns Chinese into toneless pinyin and English into lowercase words', () => {
    expect(slugify('深圳科技园赣州园区')).toBe('shen-zhen-ke-ji-yuan-gan-zhou-yuan-qu')
    expect(slugify('赣州国际陆港 2024')).toBe('gan-zhou-guo-ji-lu-gang-2024')
    expect(slugify('Shenzhen Science & Technology Park, Ganzhou!')).toBe('shenzhen-science-technology-park-ganzhou')
    expect(slugify('  Café Zürich  ')).toBe('cafe-zurich')
  })
})

describe('slugs on documents', () => {
  it('comes from the English title when the document is created in English', async () => {
    const title = `Rare earth policy ${unique()}`
    const doc = await payload.create({ collection: 'policies', locale: 'en', data: slugFromHook({ title }) })
    expect(doc.slug).toBe(slugify(title))
    expect(doc.slug).toMatch(/^rare-earth-policy-/)
  })

  it('comes from the pinyin of the Chinese title, and a taken one gets a number', async () => {
    const name = `低空经济${unique('')}`
    const first = await payload.create({ collection: 'industries', locale: 'zh', data: slugFromHook({ name }) })
    const second = await payload.create({ collection: 'industries', locale: 'zh', data: slugFromHook({ name }) })
    expect(first.slug).toMatch(/^di-kong-jing-ji-/)
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it('stays when the title changes, and an editor can change it', async () => {
    const doc = await payload.create({
      collection: 'cases',
      locale: 'zh',
      data: slugFromHook({ companyName: unique('企业') }),
    })
    const renamed = await payload.update({
      collection: 'cases',
      id: doc.id,
      locale: 'zh',
      data: { companyName: '新名称' },
    })
    expect(renamed.slug).toBe(doc.slug)
    const custom = unique('My Custom Slug')
    const edited = await payload.update({ collection: 'cases', id: doc.id, data: { slug: custom } })
    expect(edited.slug).toBe(slugify(custom))
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
    expect(en.slug).toBe(doc.slug)
  })
})
