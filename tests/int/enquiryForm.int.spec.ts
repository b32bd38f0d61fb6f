import { describe, expect, it } from 'vitest'

import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { issueFormToken } from '@/lib/forms/token'

import { enquiryKit, randomIp } from '../helpers/enquiries'
import { rest, unique } from '../helpers/payload'

/**
 * The enquiry form's token and timing: the honeypot, a form sent within seconds, missing, forged,
 * old or spent tokens, one enquiry per token under concurrency, the page it came from.
 */
const kit = enquiryKit()
const { shownAgo, valid, submit, stored, countByCompany } = kit

describe('the form’s token and timing', () => {
  it('answers a bot filling the honeypot like a person, and stores nothing', async () => {
    const body = valid({ website_url: 'http://spam.example' })
    const response = await submit(body)
    expect(response.status).toBe(201)
    expect(response.json?.reference).toMatch(REFERENCE_PATTERN)
    expect(await countByCompany(String(body.company))).toBe(0)
  })

  it('asks someone who sends within seconds to wait a moment, in their language, and loses nothing', async () => {
    for (const [lang, text] of [
      ['zh', /几秒钟后再发送/],
      ['en', /send the form again in a few seconds/],
    ] as const) {
      const body = valid({ startedAt: shownAgo(500), locale: lang })
      const response = await submit(body, randomIp(), lang)
      expect(response.status).toBe(429)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(response.json?.message).toMatch(text)
      expect(response.json?.reference).toBeUndefined()
      expect(await countByCompany(String(body.company))).toBe(0)
    }
    // The time a client says it spent on the form counts for nothing.
    const claims = valid({ fillMs: '45000', startedAt: shownAgo(500) })
    expect((await submit(claims)).status).toBe(429)
    expect(await countByCompany(String(claims.company))).toBe(0)
  })

  it('asks for the form again, with a fresh token, when its token is missing, forged, too old or spent', async () => {
    const DAY = 24 * 60 * 60_000
    const sent: Record<string, unknown>[] = []
    for (const startedAt of [
      undefined,
      String(Date.now() - 60_000),
      `${Date.now() - 60_000}.forged-signature-forged-signature`,
      `${Date.now() - 60_000}.nonce.forged-signature-forged-signature`,
      issueFormToken('another-secret', Date.now() - 60_000),
      shownAgo(DAY + 60_000),
    ]) {
      const body = valid({ startedAt })
      const response = await submit(body)
      expect(response.status, String(startedAt)).toBe(409)
      expect(response.json?.message).toMatch(/已发送过或已过期/)
      expect(response.json?.token).toMatch(/^\d+\.[\w-]+\.[\w-]+$/)
      expect(await countByCompany(String(body.company))).toBe(0)
      sent.push({ ...body, startedAt: response.json?.token })
    }
    // Sent again with the fresh token once a person could have read the message: stored.
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.FORM_MIN_FILL_MS ?? 3000) + 100))
    const again = await submit(sent[0]!)
    expect(again.status).toBe(201)
    expect(await countByCompany(String(sent[0]!.company))).toBe(1)
  })

  it('stores one enquiry per form token, also when the same form is sent many times at once', async () => {
    const token = shownAgo(60_000)
    const company = `同一表单公司 ${unique()}`
    const responses = await Promise.all(Array.from({ length: 12 }, () => submit(valid({ company, startedAt: token }))))
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(11)
    expect(await countByCompany(company)).toBe(1)
  })

  it('hands the form a fresh signed time when it appears (JavaScript), which then counts', async () => {
    const response = await rest('GET', 'form-token')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const token = response.json?.token as string
    expect(token).toMatch(/^\d+\.[\w-]+\.[\w-]+$/)
    const early = valid({ startedAt: token })
    expect((await submit(early)).status).toBe(429)
    expect(await countByCompany(String(early.company))).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.FORM_MIN_FILL_MS ?? 3000) + 100))
    const later = valid({ startedAt: token })
    expect((await submit(later)).status).toBe(201)
    expect(await countByCompany(String(later.company))).toBe(1)
  })

  it('keeps the page an enquiry came from only when it is a portal page', async () => {
    for (const [sourcePage, kept] of [
      ['/en/parks/longnan-etdz', '/en/parks/longnan-etdz'],
      ['https://tracker.example/?id=123', undefined],
      ['/zh/contact?utm_source=mail&email=li@example.com', undefined],
      ['javascript:alert(1)', undefined],
      ['//evil.example/zh', undefined],
    ] as const) {
      const reference = (await submit(valid({ sourcePage }))).json?.reference as string
      expect((await stored(reference))?.sourcePage ?? undefined, sourcePage).toBe(kept)
    }
  })
})
