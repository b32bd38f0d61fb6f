import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { adminMessages } from '@/i18n/admin'
import { locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { documentPath, enquirySections, SECTIONS, sectionPath, sections } from '@/lib/sections'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Every named field of a collection, with its dotted path (groups and rows included). */
function fieldsOf(fields: Field[], prefix = ''): Map<string, Field> {
  const found = new Map<string, Field>()
  for (const field of fields) {
    const name = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (name) found.set(name, field)
    if ('fields' in field && Array.isArray(field.fields)) {
      const nested = fieldsOf(field.fields, field.type === 'group' && name ? `${name}.` : prefix)
      for (const [key, value] of nested) found.set(key, value)
    }
  }
  return found
}

describe('the section registry (lib/sections.ts) agrees with the content model', () => {
  for (const section of sections) {
    it(`${section}: a versioned collection with the fields its record names`, () => {
      const config = payload.collections[section]?.config
      expect(config, `collection ${section}`).toBeDefined()
      expect(config!.versions && config!.versions.drafts).toBeTruthy()
      const fields = fieldsOf(config!.fields)
      const record = SECTIONS[section]
      expect(config!.admin.useAsTitle).toBe(record.titleField)
      for (const name of record.translated)
        expect(fields.get(name), `${section}.${name}`).toMatchObject({ localized: true })
      for (const name of [...record.searchFields, 'slug']) expect(fields.has(name), `${section}.${name}`).toBe(true)
      if (record.verified) expect(fields.has('lastVerified')).toBe(true)
      // Its pages have a title in every locale's messages.
      for (const locale of locales) expect(messages[locale][record.messages]).toHaveProperty('title')
    })
  }

  it('paths are built one way', () => {
    expect(documentPath('parks', 'longnan-etdz')).toBe('/parks/longnan-etdz')
    expect(documentPath('policies', 'x', 'en')).toBe('/en/policies/x')
    expect(sectionPath('industries', 'zh')).toBe('/zh/industries')
  })

  it('enquiries can be about exactly the sections that say so', () => {
    const subject = payload.collections.enquiries.config.fields.find((f) => 'name' in f && f.name === 'subject')
    expect(subject).toMatchObject({ relationTo: enquirySections })
    expect(enquirySections).toEqual(['parks', 'policies', 'cases', 'projects'])
  })

  it('the translation state counts the fields the registry names that have a source text (events: body and city too)', async () => {
    const token = await staffToken(payload, 'reviewer')
    const startsAt = new Date(Date.now() + 30 * 86400_000).toISOString()
    const paragraph = (text: string) => ({
      root: {
        type: 'root',
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
      },
    })
    // No venue and no body in any language yet: neither is missing from a translation.
    const base = { title: unique('活动'), summary: '摘要', city: '赣州', startsAt, type: 'forum' }
    const created = await rest('POST', 'events?draft=true', { token, body: base, locale: 'zh' })
    expect(created.status).toBe(201)
    const id = created.json?.doc.id
    expect(created.json?.doc.translationState).toBe('中 ✔ / 繁 ✔ / EN ✘')
    const save = async (locale: 'zh' | 'en', body: Record<string, unknown>) =>
      (await rest('PATCH', `events/${id}?draft=true`, { token, body, locale })).json?.doc.translationState
    expect(await save('en', { title: 'Forum', summary: 'Summary', city: 'Ganzhou' })).toBe('中 ✔ / 繁 ✔ / EN ✔')
    // The Chinese gains a body: now the English needs one.
    expect(await save('zh', { body: paragraph('正文') })).toBe('中 ✔ / 繁 ✔ / EN ✘')
    expect(await save('en', { body: paragraph('Body') })).toBe('中 ✔ / 繁 ✔ / EN ✔')
    // An English venue the Chinese lacks: the Chinese (and its conversion) is what is missing.
    expect(await save('en', { venue: 'Ganzhou ETDZ' })).toBe('中 ✘ / 繁 ✘ / EN ✔')
    // A required field counts even when no language has it yet.
    const untitled = await rest('POST', 'events?draft=true', { token, body: { startsAt, type: 'forum' }, locale: 'zh' })
    expect(untitled.json?.doc.translationState).toBe('中 ✘ / 繁 ✘ / EN ✘')
  })
})

describe('admin texts', () => {
  it('every admin language has every key (the type says so; this checks no value is empty)', () => {
    const walk = (node: unknown, path: string[] = []): string[] =>
      typeof node === 'string'
        ? node.trim()
          ? []
          : [path.join(':')]
        : Object.entries(node as object).flatMap(([key, value]) => walk(value, [...path, key]))
    for (const [language, table] of Object.entries(adminMessages)) expect(walk(table), language).toEqual([])
  })

  it('a refusal reaches an editor in their admin language', async () => {
    const token = await staffToken(payload, 'editor')
    const reviewer = await staffToken(payload, 'reviewer')
    const live = await rest('POST', 'parks', { token: reviewer, body: { name: unique('园区'), _status: 'published' } })
    expect(live.status).toBe(201)
    for (const [lang, text] of [
      ['zh', '编辑只能保存草稿'],
      ['en', 'Editors save drafts only'],
    ] as const) {
      const response = await rest('PATCH', `parks/${live.json?.doc.id}`, {
        token,
        lang,
        body: { _status: 'published' },
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.json)).toContain(text)
    }
  })
})
