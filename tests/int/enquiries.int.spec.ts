import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '@/lib/forms/token'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'

import { getTestPayload, graphql, rest, slugFromHook, staffToken, unique } from '../helpers/payload'
import { type ReceivedMail, startSmtp } from '../helpers/smtp'

/**
 * Investor enquiries through the form's HTTP code path (POST /api/enquiries/submit, Payload's real
 * REST handler), with notifications sent to a real SMTP server listening on SMTP_PORT.
 */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
const mails: ReceivedMail[] = []
/** The mail server, its messages collected in `mails` across restarts. */
const startMail = async () => {
  smtp = await startSmtp(mails)
}
const stopSmtp = async () => smtp?.stop()

/** The signed time the server puts in the form, `ms` ago (signed with the app's secret). */
const shownAgo = (ms: number) => issueFormToken(payload.secret, Date.now() - ms)

/** A complete, valid enquiry as the form sends it, from its own address (so rate limits stay apart). */
const valid = (overrides: Record<string, unknown> = {}) => ({
  company: `东莞精密制造有限公司 ${unique()}`,
  contactName: '李经理',
  phone: '+86 769 1234 5678',
  email: 'li@dg-precision.example',
  origin: '广东省东莞市',
  investment: '100m-500m',
  premises: 'factory',
  message: '希望了解赣州经开区标准厂房的租金和交付时间。',
  preferredLanguage: 'zh',
  consent: 'on',
  locale: 'zh',
  startedAt: shownAgo(60_000),
  ...overrides,
})

const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}`

const submit = (body: Record<string, unknown>, ip = randomIp(), lang: 'zh' | 'en' = 'zh') =>
  rest('POST', 'enquiries/submit', { body, lang, headers: { 'x-portal-client-address': ip } })

const stored = async (reference: string) =>
  (
    await payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]

const countByCompany = async (company: string) =>
  (await payload.count({ collection: 'enquiries', where: { company: { equals: company } }, overrideAccess: true }))
    .totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  await startMail()
})

afterAll(async () => {
  await stopSmtp().catch(() => undefined)
})

describe('submitting an enquiry', () => {
  it('stores a valid enquiry with a reference number and emails staff', async () => {
    const body = valid({ subject: 'parks:does-not-exist', sourcePage: '/zh/contact' })
    const response = await submit(body)
    expect(response.status).toBe(201)
    const reference = response.json?.reference as string
    expect(reference).toMatch(REFERENCE_PATTERN)
    expect(reference.slice(3, 7)).toBe(String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear()))

    const enquiry = await stored(reference)
    expect(enquiry).toMatchObject({
      company: body.company,
      contactName: '李经理',
      phone: '+86 769 1234 5678',
      status: 'new',
      investment: '100m-500m',
      locale: 'zh',
      sourcePage: '/zh/contact',
      consent: true,
    })
    await expect.poll(async () => (await stored(reference))?.notification).toBe('sent')
    const mail = mails.find((m) => m.text.includes(reference) && m.to.includes('leads@invest-ganzhou.test'))
    expect(mail?.to).toEqual(['leads@invest-ganzhou.test'])
    // In the admin's default language (Chinese), labelled, with a link to the enquiry in the admin.
    expect(mail?.subject).toBe(`新投资咨询 ${reference} · ${body.company}`)
    expect(mail?.text).toContain(`咨询编号: ${reference}`)
    expect(mail?.text).toContain('联系人: 李经理')
    expect(mail?.text).toMatch(/\/admin\/collections\/enquiries\/\d+/)
    // Every choice the enquirer made, in the staff's words: the language by its name, not "zh".
    expect(mail?.text).toContain('联系语言: 简体中文')
    expect(mail?.text).toContain('提交语言: 简体中文')
    expect(mail?.text).not.toMatch(/: zh$/m)
  })

  it('numbers references one after another', async () => {
    const first = (await submit(valid())).json?.reference as string
    const second = (await submit(valid())).json?.reference as string
    expect(Number(second.slice(-6))).toBe(Number(first.slice(-6)) + 1)
  })

  it('links the enquiry to the park it was sent from', async () => {
    const park = await payload.create({
      collection: 'parks',
      locale: 'en',
      data: slugFromHook({ name: unique('Enquiry Test Park'), _status: 'published' as const }),
    })
    const response = await submit(valid({ subject: `parks:${park.slug}`, locale: 'en' }))
    const enquiry = await stored(response.json?.reference)
    expect(enquiry?.subject).toEqual({ relationTo: 'parks', value: park.id })
    expect(enquiry?.subjectTitle).toBe(park.name)
  })

  const invalidCases: [string, Record<string, unknown>, string, string, string][] = [
    ['company missing', { company: '  ' }, 'company', '请填写此项。', 'Please fill this in.'],
    ['contact person missing', { contactName: '' }, 'contactName', '请填写此项。', 'Please fill this in.'],
    [
      'neither phone nor email',
      { phone: '', email: '' },
      'phone',
      '请至少填写电话或邮箱中的一项。',
      'Please give a phone number or an email address.',
    ],
    ['bad email', { email: 'li@@example' }, 'email', '请输入有效的邮箱地址', 'Enter a valid email address'],
    ['bad phone', { phone: '12ab' }, 'phone', '请输入有效的电话号码', 'Enter a valid phone number'],
    [
      'message too long',
      { message: '长'.repeat(2001) },
      'message',
      '不能超过 2000 个字符。',
      'Use at most 2000 characters.',
    ],
    ['no consent', { consent: '' }, 'consent', '请勾选同意', 'Please tick the box'],
    [
      'unknown investment range',
      { investment: 'lots' },
      'investment',
      '请从列表中选择。',
      'Please choose from the list.',
    ],
  ]

  it.each(invalidCases)('refuses %s with a localized message and stores nothing', async (_, change, field, zh, en) => {
    for (const [locale, message] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const body = valid({ ...change, locale })
      const company = String(body.company)
      const response = await submit(body)
      expect(response.status).toBe(400)
      expect(response.json?.errors?.[field]).toContain(message)
      if (company.trim()) expect(await countByCompany(company)).toBe(0)
    }
  })

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

  it('limits one address to 5 enquiries in 10 minutes: the sixth gets a localized 429', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`
    for (let i = 0; i < 5; i++) expect((await submit(valid(), ip)).status).toBe(201)
    const sixth = valid({ locale: 'en' })
    const refused = await submit(sixth, ip, 'en')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('600')
    expect(refused.json?.message).toMatch(/Too many enquiries/)
    expect(await countByCompany(String(sixth.company))).toBe(0)
    expect((await submit(valid({ locale: 'zh' }), ip)).json?.message).toMatch(/提交过于频繁/)
    // Another address is not affected.
    expect((await submit(valid(), '198.51.100.7')).status).toBe(201)
  })

  it('stores HTML and script verbatim, as text', async () => {
    const message = '<script>alert("x")</script><b>粗体</b> & "quotes"'
    const response = await submit(valid({ message, company: `<img src=x onerror=alert(1)> ${unique()}` }))
    const enquiry = await stored(response.json?.reference)
    expect(enquiry?.message).toBe(message)
    expect(enquiry?.company).toMatch(/^<img src=x onerror=alert\(1\)> /)
  })

  it('answers a body that is not JSON with field errors, not a 500', async () => {
    const form = new FormData()
    form.set('company', 'x')
    const response = await rest('POST', 'enquiries/submit', {
      form,
      headers: { 'x-portal-client-address': '203.0.113.9' },
    })
    expect(response.status).toBe(400)
    expect(response.json?.errors?.contactName).toBe('请填写此项。')
    expect(await countByCompany('x')).toBe(0)
  })

  it('shows the field errors to someone who sends a half-filled form within seconds (not a fake confirmation)', async () => {
    const early = valid({ startedAt: shownAgo(0), email: '', phone: '' })
    const response = await submit(early)
    expect(response.status).toBe(400)
    expect(response.json?.errors?.phone).toBe('请至少填写电话或邮箱中的一项。')
    expect(response.json?.reference).toBeUndefined()
    expect(await countByCompany(String(early.company))).toBe(0)
  })

  it('keeps the enquiry when the mail server is down, and marks the notification failed', async () => {
    // Let the earlier enquiries' emails finish first.
    await expect
      .poll(() => payload.count({ collection: 'enquiries', where: { notification: { equals: 'pending' } } }), {
        timeout: 30_000,
      })
      .toMatchObject({ totalDocs: 0 })
    await stopSmtp()
    try {
      const response = await submit(valid())
      expect(response.status).toBe(201)
      const reference = response.json?.reference as string
      expect(await stored(reference)).toBeTruthy()
      await expect.poll(async () => (await stored(reference))?.notification, { timeout: 30_000 }).toBe('failed')
    } finally {
      await startMail()
    }
  })
})

describe('who may see and change enquiries', () => {
  let id: number | string
  let reference: string
  beforeAll(async () => {
    reference = (await submit(valid({ company: `访问测试 ${unique()}` }))).json?.reference
    id = (await stored(reference))!.id
  })

  it('refuses anonymous reads, lists, creates, updates and deletes on REST', async () => {
    expect((await rest('GET', 'enquiries')).status).toBe(403)
    expect((await rest('GET', `enquiries/${id}`)).status).toBe(403)
    expect(
      (await rest('POST', 'enquiries', { body: { company: 'x', contactName: 'y', reference: 'GZ-1' } })).status,
    ).toBe(403)
    expect((await rest('PATCH', `enquiries/${id}`, { body: { status: 'closed' } })).status).toBe(403)
    expect((await rest('DELETE', `enquiries/${id}`)).status).toBe(403)
    expect((await rest('GET', 'enquiries/export')).status).toBe(403)
    expect((await stored(reference))?.status).toBe('new')
  })

  it('refuses anonymous reads and writes on GraphQL', async () => {
    const list = await graphql('{ Enquiries { docs { company email } } }')
    expect(list.json.data?.Enquiries ?? null).toBeNull()
    expect(list.json.errors?.length).toBeGreaterThan(0)
    const update = await graphql(
      `mutation { updateEnquiry(id: ${JSON.stringify(id)}, data: { status: closed }) { status } }`,
    )
    expect(update.json.errors?.length).toBeGreaterThan(0)
    const remove = await graphql(`mutation { deleteEnquiry(id: ${JSON.stringify(id)}) { id } }`)
    expect(remove.json.errors?.length).toBeGreaterThan(0)
    expect(await stored(reference)).toBeTruthy()
  })

  it('refuses the Local API without a user when access is enforced', async () => {
    await expect(payload.find({ collection: 'enquiries', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'enquiries',
        overrideAccess: false,
        data: { company: 'x', contactName: 'y', reference: 'GZ-0000-000000', status: 'new' },
      }),
    ).rejects.toThrow()
  })

  it('lets an editor read and move an enquiry on, but not create or delete one', async () => {
    const token = await staffToken(payload, 'editor')
    const list = await rest('GET', `enquiries?where[reference][equals]=${reference}`, { token })
    expect(list.status).toBe(200)
    expect(list.json?.docs[0]?.company).toMatch(/^访问测试/)
    expect(list.json?.docs[0]).not.toHaveProperty('ipHash')

    const moved = await rest('PATCH', `enquiries/${id}`, {
      token,
      body: { status: 'contacted', notes: [{ text: '已电话联系，约下周考察。' }] },
    })
    expect(moved.status).toBe(200)
    expect(moved.json?.doc.status).toBe('contacted')
    expect(moved.json?.doc.contactedAt).toBeTruthy()
    expect(moved.json?.doc.notes[0].author).toBeTruthy()
    expect(moved.json?.doc.notes[0].date).toBeTruthy()

    const forged = await rest('PATCH', `enquiries/${id}`, { token, body: { reference: 'GZ-2000-000001' } })
    expect(forged.json?.doc?.reference ?? reference).toBe(reference)

    expect((await rest('POST', 'enquiries', { token, body: { company: 'x', contactName: 'y' } })).status).toBe(403)
    expect((await rest('DELETE', `enquiries/${id}`, { token })).status).toBe(403)
    expect(await stored(reference)).toBeTruthy()
  })

  it('exports the filtered list as CSV for staff, with formulas neutralised', async () => {
    const company = `=HYPERLINK("http://evil.example") ${unique()}`
    const ref = (await submit(valid({ company }))).json?.reference as string
    const token = await staffToken(payload, 'reviewer')
    const csv = await rest('GET', `enquiries/export?where[reference][equals]=${ref}`, { token, lang: 'en' })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toMatch(/^Reference,Received \(Beijing time\),Status,Company/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(ref)
    const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(
      new Date(),
    )
    expect(lines[1]).toMatch(new RegExp(`^${ref},${beijing} \\d{2}:\\d{2},`))
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")`)
    const zh = await rest('GET', `enquiries/export?where[reference][equals]=${ref}`, { token, lang: 'zh' })
    expect(zh.text).toMatch(/^咨询编号,提交时间（北京时间）,状态,企业名称/)
  })

  it('lets only an administrator delete an enquiry', async () => {
    const reviewer = await staffToken(payload, 'reviewer')
    expect((await rest('DELETE', `enquiries/${id}`, { token: reviewer })).status).toBe(403)
    const admin = await staffToken(payload, 'admin')
    expect((await rest('DELETE', `enquiries/${id}`, { token: admin })).status).toBe(200)
    expect(await stored(reference)).toBeUndefined()
  })
})

describe('retention (the privacy notice’s promise)', () => {
  it('anonymises enquiries older than the retention in site settings, daily, and leaves newer ones alone', async () => {
    const months = (await payload.findGlobal({ slug: 'site-settings' })).retentionMonths ?? 24
    const monthsAgo = (n: number) => {
      const date = new Date()
      date.setMonth(date.getMonth() - n)
      return date.toISOString()
    }
    const make = (createdAt: string, name: string) =>
      payload.create({
        collection: 'enquiries',
        data: {
          reference: unique('RET').slice(0, 20),
          company: `${name} 有限公司`,
          contactName: name,
          phone: '+86 138 0000 0000',
          email: `${name}@example.com`,
          message: '想了解园区厂房租金。',
          consent: true,
          locale: 'zh',
          notes: [{ text: '已电话联系张经理' }],
          createdAt,
        } as never,
      })
    const old = await make(monthsAgo(months + 1), unique('old'))
    const recent = await make(monthsAgo(months - 1), unique('recent'))

    // The job is scheduled daily on the queue that autoRun works through.
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'anonymiseEnquiries')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '0 30 3 * * *', queue: 'default' })
    await payload.jobs.queue({ task: 'anonymiseEnquiries', input: {} })
    await payload.jobs.run({ queue: 'default', limit: 10 })

    const [oldNow, recentNow] = await Promise.all(
      [old.id, recent.id].map((id) => payload.findByID({ collection: 'enquiries', id, depth: 0 })),
    )
    if (!oldNow || !recentNow) throw new Error('enquiries gone')
    expect(oldNow).toMatchObject({ company: '—', contactName: '—', phone: null, email: null, message: null })
    expect(oldNow.notes ?? []).toHaveLength(0)
    expect(oldNow.anonymisedAt).toBeTruthy()
    expect(oldNow.reference).toBe(old.reference)
    expect(recentNow).toMatchObject({ contactName: recent.contactName, email: recent.email, message: recent.message })
    expect(recentNow.anonymisedAt ?? null).toBeNull()
  })
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
