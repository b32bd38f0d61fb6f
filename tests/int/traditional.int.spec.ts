import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { convertValue, simplifiedCharacters, toTraditional } from '@/lib/schema/traditional'
import hantFile from '@/messages/zh-hant.json'
import zhMessages from '@/messages/zh.json'
import { seed } from '@/seed'
import { richText } from '@/seed/richText'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'

describe('Simplified → Traditional (Hong Kong), with OpenCC', () => {
  it('uses Hong Kong glyphs and vocabulary', () => {
    expect(toTraditional('赣州经济技术开发区')).toBe('贛州經濟技術開發區')
    expect(toTraditional('园区里面的软件企业')).toBe('園區裏面的軟件企業')
    expect(toTraditional('总建筑面积28.2万平方米')).toBe('總建築面積28.2萬平方米')
    // Latin text, numbers and punctuation stay as they are.
    expect(toTraditional('DEMO〔2024〕01号 · Ganzhou ETDZ 100%')).toBe('DEMO〔2024〕01號 · Ganzhou ETDZ 100%')
  })

  it('converts the text of rich text, arrays and groups, and nothing else of their shape', () => {
    const body = richText(['## 为什么选择赣州', '赣深高铁两小时'])
    const converted = convertValue({ body, benefits: [{ type: 'tax', text: '税收减免' }], n: 5, ok: true })
    // 税, not Taiwan's 稅: the Hong Kong glyph standard.
    expect(converted.benefits).toEqual([{ type: 'tax', text: '税收減免' }])
    expect(converted.n).toBe(5)
    expect(converted.ok).toBe(true)
    const texts = converted.body.root.children.map((node) => (node.children[0] as { text: string }).text)
    expect(texts).toEqual(['為什麼選擇贛州', '贛深高鐵兩小時'])
    expect(converted.body.root.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
  })

  it('finds the Simplified characters of a text (what a Traditional page must not show)', () => {
    expect(simplifiedCharacters('贛州經濟技術開發區')).toEqual([])
    expect(simplifiedCharacters('贛州经济 Ganzhou')).toEqual(['经', '济'])
    // Characters both scripts write are not Simplified (面積, 報名表).
    expect(simplifiedCharacters('總建築面積、活動報名表')).toEqual([])
  })
})

describe('the Traditional Chinese locale follows the Simplified text', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
    // The demo content (already there when the seed test ran first; a no-op then).
    await seed(payload, { demoAccounts: false })
  }, 300_000)
  const read = (id: number, locale: 'zh' | 'zh-hant', draft = false) =>
    payload.findByID({ collection: 'parks', id, locale, fallbackLocale: false, draft, depth: 0 })

  it('converts on save, keeps fields edited by hand, and converts them again once set back', async () => {
    const reviewer = await staffToken(payload, 'reviewer')
    const created = await rest('POST', 'parks?locale=zh', {
      token: reviewer,
      body: {
        name: unique('赣州软件园'),
        summary: '园区里面有软件企业。',
        body: richText(['发展数字经济']),
        keyFigures: [{ label: '总建筑面积', value: 1000, format: 'number' }],
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const id = created.json?.doc.id as number
    let hant = await read(id, 'zh-hant')
    expect(hant.name).toMatch(/^贛州軟件園/)
    expect(hant.summary).toBe('園區裏面有軟件企業。')
    expect(JSON.stringify(hant.body)).toContain('發展數字經濟')
    expect(hant.keyFigures?.[0]?.label).toBe('總建築面積')
    expect(created.json?.doc.translationState).toBe('中 ✔ / 繁 ✔ / EN ✘')

    // A reviewer of the Hong Kong text rewrites the summary by hand.
    const edited = await rest('PATCH', `parks/${id}?locale=zh-hant`, {
      token: reviewer,
      body: { summary: '園區內有多家軟件企業（人工審校）。' },
    })
    expect(edited.status).toBe(200)
    expect(edited.json?.doc.reviewedTranslations).toEqual({ 'zh-hant': ['summary'] })

    // The next Simplified edit converts the name again but leaves the reviewed summary alone.
    await rest('PATCH', `parks/${id}?locale=zh`, {
      token: reviewer,
      body: { name: `${created.json?.doc.name}（扩建）`, summary: '园区里面有更多软件企业。' },
    })
    hant = await read(id, 'zh-hant')
    expect(hant.name).toMatch(/（擴建）$/)
    expect(hant.summary).toBe('園區內有多家軟件企業（人工審校）。')

    // Set back to the converted text, the field is automatic again.
    const back = await rest('PATCH', `parks/${id}?locale=zh-hant`, {
      token: reviewer,
      body: { summary: '園區裏面有更多軟件企業。' },
    })
    expect(back.json?.doc.reviewedTranslations).toEqual({ 'zh-hant': [] })
  })

  it('a draft in Simplified stays a draft in Traditional: the public keeps the published text', async () => {
    const reviewer = await staffToken(payload, 'reviewer')
    const created = await rest('POST', 'parks?locale=zh', {
      token: reviewer,
      body: { name: unique('南康园区'), summary: '已发布的摘要。', _status: 'published' },
    })
    const id = created.json?.doc.id as number
    await rest('PATCH', `parks/${id}?locale=zh&draft=true`, {
      token: reviewer,
      body: { summary: '草稿里的新摘要。', _status: 'draft' },
    })
    expect((await read(id, 'zh-hant')).summary).toBe('已發佈的摘要。')
    expect((await read(id, 'zh-hant', true)).summary).toBe('草稿裏的新摘要。')
  })

  it('the seeded content and the home page exist in Traditional Chinese', async () => {
    const home = await payload.findGlobal({ slug: 'home', locale: 'zh-hant', fallbackLocale: false })
    expect(home.hero?.title).toBe(toTraditional((await payload.findGlobal({ slug: 'home', locale: 'zh' })).hero!.title))
    const parks = await payload.find({
      collection: 'parks',
      locale: 'zh-hant',
      fallbackLocale: false,
      where: { slug: { in: ['ganzhou-international-inland-port', 'shenzhen-science-technology-park-ganzhou'] } },
    })
    expect(parks.docs.map((park) => park.name).sort()).toEqual(['深圳科技園贛州園區', '贛州國際陸港'])
    for (const park of parks.docs) expect(simplifiedCharacters(park.summary ?? ''), park.name).toEqual([])
  })
})

describe('UI messages in Traditional Chinese', () => {
  it('messages/zh-hant.json is the current conversion of zh.json (run scripts/make-hant-messages.mjs)', async () => {
    const { hantMessages } = await import('../../scripts/make-hant-messages.mjs')
    expect(hantMessages(zhMessages)).toEqual(hantFile)
    expect(hantFile.LanguageSwitcher.here).toBe('切換到繁體中文')
  })
})
