import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { enquiryKit, randomIp } from '../helpers/enquiries'
import { rest, slugFromHook, unique } from '../helpers/payload'

/**
 * The enquirer's receipt and the status look-up.
 */
const kit = enquiryKit()
const { mails, valid, submit, stored } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

/**
 * The enquirer is never left guessing (issue 28): a receipt in the language of the page they wrote
 * on, and the stage of their enquiry by reference and email — the same answer for every way of not
 * matching, and a limit per address and per reference, taken atomically.
 */
describe('the enquirer: receipt and status', () => {
  const receiptOf = (reference: string, to: string) =>
    expect.poll(() => mails.find((m) => m.to.includes(to) && m.subject.includes(reference))).toBeTruthy()

  it('mails a receipt with the reference, what happens next and the status link, in the page language', async () => {
    const { docs } = await payload.find({
      collection: 'industries',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      where: { slug: { exists: true } },
    })
    const industry =
      docs[0] ??
      (await payload.create({
        collection: 'industries',
        data: slugFromHook({ name: unique('电子信息'), _status: 'published' as const }),
        overrideAccess: true,
      }))
    const expected = {
      zh: ['我们已收到您的咨询', '一个工作日内', '/zh/contact/status?ref='],
      'zh-hant': ['我們已收到您的查詢', '一個工作日內', '/zh-hant/contact/status?ref='],
      en: ['We have received your enquiry', 'within one working day', '/en/contact/status?ref='],
    } as const
    for (const locale of ['zh', 'zh-hant', 'en'] as const) {
      const email = `receipt-${locale}-${unique().replace(/[^a-z0-9]/gi, '')}@example.com`
      const response = await submit(valid({ locale, email, industry: industry.slug, preferredLanguage: 'en' }))
      expect(response.status, locale).toBe(201)
      const reference = response.json?.reference as string
      await receiptOf(reference, email)
      const receipt = mails.find((m) => m.to.includes(email))!
      for (const text of expected[locale]) expect(`${receipt.subject}\n${receipt.text}`, locale).toContain(text)
      expect(receipt.text).toContain(`?ref=${reference}`)
      // The staff email names the industry chosen and the languages by name.
      const staff = mails.find((m) => m.to.includes('leads@invest-ganzhou.test') && m.text.includes(reference))!
      expect(staff.text).toContain(`所属产业: ${industry.name}`)
      expect(staff.text).toContain('联系语言: English')
    }
    // No address given: no receipt, and nothing fails.
    const phoneOnly = await submit(valid({ email: '' }))
    expect(phoneOnly.status).toBe(201)
    await expect.poll(async () => (await stored(phoneOnly.json?.reference))?.notification).toBe('sent')
  })

  it('shows the stage by reference and email, and the same "not found" for every mismatch', async () => {
    const { lookUpEnquiry } = await import('@/lib/enquiries/status')
    const email = `status-${unique().replace(/[^a-z0-9]/gi, '')}@Example.com`
    const reference = (await submit(valid({ email }))).json?.reference as string
    const ip = randomIp()
    const look = (input: { reference?: unknown; email?: unknown }, from = ip) => lookUpEnquiry(payload, input, from)
    expect(await look({ reference, email })).toMatchObject({ result: 'found', progress: 'received', reference })
    // Typed as people type: lower case, spaces around, another case of the address.
    expect(await look({ reference: ` ${reference.toLowerCase()} `, email: email.toUpperCase() })).toMatchObject({
      result: 'found',
    })
    const enquiry = (await stored(reference))!
    for (const [status, progress] of [
      ['contacted', 'inProgress'],
      ['negotiating', 'inProgress'],
      ['signed', 'answered'],
      ['closed', 'answered'],
    ] as const) {
      await payload.update({ collection: 'enquiries', id: enquiry.id, data: { status }, overrideAccess: true })
      expect(await look({ reference, email }, randomIp()), status).toMatchObject({ progress })
    }
    // Generated mismatches: wrong addresses, other references (existing or not), an enquiry without email.
    const phoneOnly = (await submit(valid({ email: '' }))).json?.reference as string
    const year = reference.slice(3, 7)
    const mismatches = [
      { reference, email: `x${email}` },
      { reference, email: email.replace('@', '@x') },
      { reference: `GZ-${year}-999999`, email },
      { reference: `GZ-${Number(year) - 5}-${reference.slice(-6)}`, email },
      { reference: phoneOnly, email },
      { reference: phoneOnly, email: '' },
    ]
    for (const input of mismatches) {
      const answer = await look(input, randomIp())
      expect(['notFound', 'invalid'], JSON.stringify(input)).toContain(answer.result)
      expect(Object.keys(answer), JSON.stringify(input)).toEqual(['result'])
    }
    // The look-up reads through the collection's access: without its mark nothing, with it that one enquiry only.
    const { STATUS_LOOKUP } = await import('@/access/leads')
    await expect(payload.find({ collection: 'enquiries', overrideAccess: false })).rejects.toThrow()
    const marked = await payload.find({
      collection: 'enquiries',
      overrideAccess: false,
      context: { [STATUS_LOOKUP]: reference },
      pagination: false,
    })
    expect(marked.docs.map((doc) => doc.reference)).toEqual([reference])
    expect((await rest('GET', `enquiries?where[reference][equals]=${reference}`)).status).toBe(403)
    for (const input of [
      {},
      { reference: 'GZ-1', email },
      { reference, email: 'no-at-sign' },
      { reference: 7, email: [] },
    ])
      expect(await look(input as never, randomIp())).toEqual({ result: 'invalid' })
  })

  it('limits look-ups per address and per reference, atomically under concurrency', async () => {
    const { lookUpEnquiry } = await import('@/lib/enquiries/status')
    const email = `limit-${unique().replace(/[^a-z0-9]/gi, '')}@example.com`
    const reference = (await submit(valid({ email }))).json?.reference as string
    // 16 look-ups at once from one address for 16 different (unknown) references: exactly 10 answered.
    const ip = randomIp()
    const year = reference.slice(3, 7)
    const fromOne = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        lookUpEnquiry(payload, { reference: `GZ-${year}-9${String(i).padStart(5, '0')}`, email }, ip),
      ),
    )
    expect(fromOne.filter((a) => a.result === 'rateLimited')).toHaveLength(6)
    // 14 addresses at once guessing the email of one reference: exactly 10 get an answer.
    const guesses = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        lookUpEnquiry(payload, { reference, email: `guess${i}@example.com` }, randomIp()),
      ),
    )
    expect(guesses.filter((a) => a.result === 'rateLimited')).toHaveLength(4)
    expect(guesses.filter((a) => a.result === 'notFound')).toHaveLength(10)
    // Even the right address is refused now for that reference, until the window ends.
    expect((await lookUpEnquiry(payload, { reference, email }, randomIp())).result).toBe('rateLimited')
  })
})
