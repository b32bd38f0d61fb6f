import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = await staffToken(payload, 'reviewer')
})

describe('content in two languages', () => {
  it('a park written in Chinese, then in English, reads back in each locale', async () => {
    const zhName = unique('赣州测试园区')
    const created = await rest('POST', 'parks', {
      token,
      locale: 'zh',
      body: {
        name: zhName,
        summary: '中文摘要',
        keyFigures: [{ label: '面积', value: 5, unit: '平方公里' }],
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const { id, keyFigures } = created.json!.doc

    const updated = await rest('PATCH', `parks/${id}`, {
      token,
      locale: 'en',
      body: {
        name: 'Ganzhou Test Park',
        summary: 'English summary',
        keyFigures: [{ id: keyFigures[0].id, label: 'Area', value: 5, unit: 'km²' }],
      },
    })
    expect(updated.status).toBe(200)

    const zh = await rest('GET', `parks/${id}`, { locale: 'zh' })
    const en = await rest('GET', `parks/${id}`, { locale: 'en' })
    expect(zh.json).toMatchObject({
      name: zhName,
      summary: '中文摘要',
      keyFigures: [{ label: '面积', unit: '平方公里', value: 5 }],
    })
    expect(en.json).toMatchObject({
      name: 'Ganzhou Test Park',
      summary: 'English summary',
      keyFigures: [{ label: 'Area', unit: 'km²', value: 5 }],
    })
    // The slug was made once, from the Chinese name, and is shared by both locales.
    expect(en.json!.slug).toBe(zh.json!.slug)
    expect(zh.json!.slug).toMatch(/^gan-zhou-ce-shi-yuan-qu-/)
  })

  it('a field without an English translation falls back to Chinese', async () => {
    const doc = await payload.create({
      collection: 'policies',
      locale: 'zh',
      data: { title: unique('仅有中文的政策'), summary: '只有中文摘要', _status: 'published' },
    })
    await payload.update({ collection: 'policies', id: doc.id, locale: 'en', data: { title: 'English title only' } })

    const en = await payload.findByID({ collection: 'policies', id: doc.id, locale: 'en', overrideAccess: false })
    expect(en.title).toBe('English title only')
    expect(en.summary).toBe('只有中文摘要')

    const enOnly = await payload.findByID({
      collection: 'policies',
      id: doc.id,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(enOnly.summary ?? null).toBeNull()
  })

  it('globals are localized too', async () => {
    await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { siteName: '粤企入赣' } })
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { siteName: 'Invest Ganzhou' } })
    const zh = await rest('GET', 'globals/site-settings', { locale: 'zh' })
    const en = await rest('GET', 'globals/site-settings', { locale: 'en' })
    expect(zh.json?.siteName).toBe('粤企入赣')
    expect(en.json?.siteName).toBe('Invest Ganzhou')
  })
})
