import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, rest, slugFromHook, staffToken, unique } from '../helpers/payload'
import { richText } from '@/seed/richText'

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
      data: slugFromHook({ title: unique('仅有中文的政策'), summary: '只有中文摘要', _status: 'published' as const }),
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
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'zh',
      data: { siteName: '粤企入赣', _status: 'published' },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { siteName: 'Invest Ganzhou', _status: 'published' },
    })
    const zh = await rest('GET', 'globals/site-settings', { locale: 'zh' })
    const en = await rest('GET', 'globals/site-settings', { locale: 'en' })
    expect(zh.json?.siteName).toBe('粤企入赣')
    expect(en.json?.siteName).toBe('Invest Ganzhou')
  })
})

describe('sections that publish only in both languages (site settings)', () => {
  const setRequired = (sections: ('parks' | 'policies')[]) =>
    payload.updateGlobal({
      slug: 'site-settings',
      data: { requireBothLanguages: sections, _status: 'published' },
      context: { disableRevalidate: true },
    })

  it('refuse to publish a document of such a section with a language missing, in the editor’s language', async () => {
    await setRequired(['policies'])
    try {
      const zhOnly = {
        title: unique('仅中文政策'),
        summary: '中文摘要',
        body: richText(['中文正文']),
        issuer: '赣州市',
      }
      const refused = await rest('POST', 'policies', { token, locale: 'zh', body: { ...zhOnly, _status: 'published' } })
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.json)).toContain('本栏目要求中英文都完整后才能发布：English尚未填写完整。')
      const refusedEn = await rest('POST', 'policies', {
        token,
        locale: 'zh',
        lang: 'en',
        body: { ...zhOnly, _status: 'published' },
      })
      expect(JSON.stringify(refusedEn.json)).toContain('This section publishes only with both languages complete')
      // Nothing was stored; a draft is fine; another section still only warns.
      const stored = await payload.find({
        collection: 'policies',
        where: { title: { equals: zhOnly.title } },
        draft: true,
      })
      expect(stored.totalDocs).toBe(0)
      const draft = await rest('POST', 'policies', { token, locale: 'zh', body: { ...zhOnly, _status: 'draft' } })
      expect(draft.status).toBe(201)
      const park = await rest('POST', 'parks', {
        token,
        locale: 'zh',
        body: { name: unique('仅中文园区'), _status: 'published' },
      })
      expect(park.status).toBe(201)

      // With the English written, the draft publishes.
      const id = draft.json!.doc.id
      const en = await rest('PATCH', `policies/${id}?draft=true`, {
        token,
        locale: 'en',
        body: {
          title: 'English title',
          summary: 'English summary',
          body: richText(['English body']),
          issuer: 'Ganzhou',
        },
      })
      expect(en.status).toBe(200)
      const published = await rest('PATCH', `policies/${id}`, { token, locale: 'zh', body: { _status: 'published' } })
      expect(published.status).toBe(200)
      expect(published.json!.doc._status).toBe('published')
    } finally {
      await setRequired([])
    }
  })
})
