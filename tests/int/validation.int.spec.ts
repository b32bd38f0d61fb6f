import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fieldErrors, getTestPayload, rest, staffToken, unique } from '../helpers/payload'

/**
 * Bad input through the REST API: a 400 with the failing field and a message in the request's
 * language, and nothing stored.
 */
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = await staffToken(payload, 'reviewer')
})

const expectRefused = async (
  collection: 'parks' | 'policies' | 'events' | 'cases' | 'industries',
  body: Record<string, unknown>,
  path: string,
  messages: { zh: RegExp; en: RegExp },
) => {
  const before = (await payload.count({ collection })).totalDocs
  for (const lang of ['zh', 'en'] as const) {
    const res = await rest('POST', collection, { body: { _status: 'published', ...body }, token, lang })
    expect(res.status, JSON.stringify(res.json)).toBe(400)
    const errors = fieldErrors(res.json)
    expect(Object.keys(errors)).toContain(path)
    expect(errors[path]).toMatch(messages[lang])
  }
  expect((await payload.count({ collection })).totalDocs).toBe(before)
}

const required = { zh: /必填/, en: /required/i }

describe('required Chinese title', () => {
  it.each([
    ['parks', 'name'],
    ['policies', 'title'],
    ['events', 'title'],
    ['cases', 'companyName'],
    ['industries', 'name'],
  ] as const)('%s without %s is refused', async (collection, field) => {
    const extra = collection === 'events' ? { startsAt: '2027-01-01T01:00:00.000Z' } : {}
    await expectRefused(collection, { summary: '缺少标题', ...extra }, field, required)
  })

  it('an event without a start is refused', async () => {
    await expectRefused('events', { title: unique('活动') }, 'startsAt', required)
  })
})

describe('dates in order', () => {
  it('a policy that expires before it takes effect is refused', async () => {
    await expectRefused(
      'policies',
      { title: unique('政策'), effectiveDate: '2025-06-01T00:00:00.000Z', expiryDate: '2025-01-01T00:00:00.000Z' },
      'expiryDate',
      { zh: /失效日期不能早于生效日期/, en: /expiry date must not be before the effective date/ },
    )
  })

  it('an event that ends before it starts is refused', async () => {
    await expectRefused(
      'events',
      { title: unique('活动'), startsAt: '2027-03-02T02:00:00.000Z', endsAt: '2027-03-01T02:00:00.000Z' },
      'endsAt',
      { zh: /结束时间不能早于开始时间/, en: /end must not be before the start/ },
    )
  })

  it('a policy with dates in order is accepted and knows whether it is in force', async () => {
    const res = await rest('POST', 'policies', {
      token,
      lang: 'en',
      body: {
        title: unique('政策'),
        effectiveDate: '2020-01-01T00:00:00.000Z',
        expiryDate: '2021-01-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(res.status).toBe(201)
    expect(res.json?.doc.validity).toBe('expired')
  })
})

describe('no negative quantities', () => {
  it('a park with a negative planned area is refused', async () => {
    await expectRefused(
      'parks',
      { name: unique('园区'), plannedArea: { value: -1, unit: 'km2' } },
      'plannedArea.value',
      {
        zh: /最小/,
        en: /less than the min/i,
      },
    )
  })

  it('a case with a negative investment is refused', async () => {
    await expectRefused('cases', { companyName: unique('企业'), investmentAmount: -5 }, 'investmentAmount', {
      zh: /最小/,
      en: /less than the min/i,
    })
  })
})

describe('costs given as ranges', () => {
  const upTo = { zh: /区间上限需要先填写起始值，且不能低于起始值/, en: /top of a range needs its start/ }

  it('a top below its start, or without one, is refused', async () => {
    await expectRefused('parks', { name: unique('园区'), costs: { wage: 4300, wageMax: 4000 } }, 'costs.wageMax', upTo)
    await expectRefused('parks', { name: unique('园区'), costs: { landPriceMax: 150_000 } }, 'costs.landPriceMax', upTo)
  })

  it('a range is kept as given, and a single figure needs no top', async () => {
    const res = await rest('POST', 'parks', {
      token,
      lang: 'en',
      body: { name: unique('园区'), costs: { wage: 4300, wageMax: 5200, factoryRent: 12 }, _status: 'published' },
    })
    expect(res.status, JSON.stringify(res.json)).toBe(201)
    expect(res.json?.doc.costs).toMatchObject({ wage: 4300, wageMax: 5200, factoryRent: 12 })
  })
})

describe('unique slugs', () => {
  it('a slug typed by hand that is taken is refused', async () => {
    const slug = unique('taken')
    const first = await rest('POST', 'parks', { token, body: { name: unique('园区'), slug, _status: 'published' } })
    expect(first.status).toBe(201)
    await expectRefused('parks', { name: unique('另一园区'), slug }, 'slug', { zh: /唯一/, en: /unique/i })
  })
})

describe('media uploads', () => {
  const upload = (file: File, alt?: string) => {
    const form = new FormData()
    form.append('file', file)
    if (alt !== undefined) form.append('_payload', JSON.stringify({ alt }))
    return form
  }

  it('a file that is neither an image nor a PDF is refused', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    for (const lang of ['zh', 'en'] as const) {
      const file = new File(['just text'], 'notes.txt', { type: 'text/plain' })
      const res = await rest('POST', 'media', { form: upload(file, '说明'), token, lang })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.json)).toMatch(lang === 'zh' ? /只能上传图片.*PDF/ : /Only images .* PDF/)
    }
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('an image without alt text is refused, with alt text it is stored and resized', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const missing = await rest('POST', 'media', {
      form: upload(new File([png], 'dot.png', { type: 'image/png' })),
      token,
      lang: 'en',
    })
    expect(missing.status).toBe(400)
    expect(fieldErrors(missing.json)).toHaveProperty('alt')

    const ok = await rest('POST', 'media', {
      form: upload(new File([png], 'dot.png', { type: 'image/png' }), '一个点'),
      token,
    })
    expect(ok.status).toBe(201)
    expect(ok.json?.doc.mimeType).toBe('image/webp')
    expect(ok.json?.doc.url).toMatch(/\/api\/media\/file\/dot(-\d+)?\.webp$/)
  })
})
