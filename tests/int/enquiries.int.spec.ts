import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'

import { enquiryKit } from '../helpers/enquiries'
import { rest, slugFromHook, unique } from '../helpers/payload'

/**
 * Investor enquiries through the form's HTTP code path (POST /api/enquiries/submit, Payload's real
 * REST handler), with notifications sent to a real SMTP server listening on SMTP_PORT: what is
 * stored, what is refused and how, and the limits.
 */
const kit = enquiryKit()
const { mails, startMail, stopSmtp, shownAgo, valid, submit, stored, countByCompany } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
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

  it('sends an enquiry about a project to the project’s own team, whatever industry the enquirer names', async () => {
    const { docs: teams } = await payload.find({ collection: 'teams', limit: 2, depth: 0, sort: 'createdAt' })
    expect(teams.length).toBe(2)
    const [own, other] = teams as [(typeof teams)[number], (typeof teams)[number]]
    const project = await payload.create({
      collection: 'projects',
      locale: 'en',
      data: slugFromHook({
        title: unique('Enquiry Test Project'),
        totalInvestment: 100_000_000,
        mode: ['equity'],
        team: own.id,
        _status: 'published' as const,
      }),
    })
    // The other team's industry is named: the project's team still answers.
    const { docs: industries } = await payload.find({
      collection: 'industries',
      where: { id: { in: (other.industries ?? []).map((i) => (typeof i === 'object' ? i.id : i)) } },
      limit: 1,
      depth: 0,
    })
    const response = await submit(
      valid({ subject: `projects:${project.slug}`, locale: 'en', industry: industries[0]?.slug ?? '' }),
    )
    expect(response.status).toBe(201)
    const enquiry = await stored(response.json?.reference)
    expect(enquiry?.subject).toEqual({ relationTo: 'projects', value: project.id })
    expect(enquiry?.subjectTitle).toBe(project.title)
    expect(typeof enquiry?.team === 'object' ? enquiry?.team?.id : enquiry?.team).toBe(own.id)
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

  it('stores an invested firm’s aftercare request as a case of its own kind, with its problem, mailed as such', async () => {
    const body = valid({ kind: 'aftercare', category: 'utilities', investment: '', premises: '' })
    const response = await submit(body)
    expect(response.status).toBe(201)
    const reference = response.json?.reference as string
    expect(reference).toMatch(REFERENCE_PATTERN)
    expect(await stored(reference)).toMatchObject({ kind: 'aftercare', aftercareCategory: 'utilities', status: 'new' })
    await expect.poll(async () => (await stored(reference))?.notification).toBe('sent')
    const mail = mails.find((m) => m.text.includes(reference) && m.to.includes('leads@invest-ganzhou.test'))
    expect(mail?.subject).toBe(`新企业诉求 ${reference} · ${body.company}`)
    expect(mail?.text).toContain('诉求类别: 水电气和网络')
    // An ordinary enquiry stays one, whatever category a client adds to it.
    const plain = (await submit(valid({ category: 'permits' }))).json?.reference as string
    const ordinary = await stored(plain)
    expect(ordinary?.kind).toBe('investment')
    expect(ordinary?.aftercareCategory ?? null).toBeNull()
  })

  it('asks an aftercare request for its problem, in the reader’s language, and stores nothing without one', async () => {
    for (const [locale, category, message] of [
      ['zh', '', '请填写此项。'],
      ['en', '', 'Please fill this in.'],
      ['zh', 'roads', '请从列表中选择。'],
      ['en', 'roads', 'Please choose from the list.'],
    ] as const) {
      const body = valid({ kind: 'aftercare', category, locale })
      const response = await submit(body, undefined, locale)
      expect(response.status).toBe(400)
      expect(response.json?.errors?.category).toContain(message)
      expect(await countByCompany(String(body.company))).toBe(0)
    }
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
