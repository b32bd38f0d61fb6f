import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '@/lib/forms/token'
import { seatsTaken, takeSeats } from '@/lib/registrations/seats'
import { cancelRegistration, findByCancelToken } from '@/lib/registrations/cancel'
import { toTraditional } from '@/lib/schema/traditional'
import { REGISTRATION_REFERENCE } from '@/lib/registrations/reference'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'
import { type ReceivedMail, startSmtp } from '../helpers/smtp'

/**
 * Event registration through its HTTP code path (POST /api/registrations/submit, Payload's real REST
 * handler) on the real database: places, the waiting list under concurrent sign-ups, the
 * registrant's email with its calendar file and cancel link, and what staff may do.
 */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>>
const mails: ReceivedMail[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  smtp = await startSmtp(mails)
})
afterAll(async () => smtp.stop())

const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString()

async function openEvent(capacity: number | null, overrides: Record<string, unknown> = {}) {
  const title = unique('报名测试活动')
  const event = await payload.create({
    collection: 'events',
    locale: 'zh',
    data: {
      title,
      startsAt: inDays(20),
      startsAt_tz: 'Asia/Shanghai',
      city: '赣州',
      registration: { status: 'open', method: 'builtin', capacity, deadline: inDays(18) },
      _status: 'published',
      ...overrides,
    } as never,
  })
  await payload.update({
    collection: 'events',
    id: event.id,
    locale: 'en',
    data: { title: `Registration test ${title.slice(-8)}`, _status: 'published' } as never,
  })
  return event
}

let address = 0
const person = (event: { slug?: string | null }, overrides: Record<string, unknown> = {}) => ({
  event: event.slug,
  name: '陈女士',
  company: `深圳某科技有限公司 ${unique()}`,
  jobTitle: '投资总监',
  phone: '+86 755 1234 5678',
  email: `chen${unique().replace(/\W/g, '')}@example.com`,
  attendees: 1,
  language: 'zh',
  consent: 'on',
  locale: 'zh',
  startedAt: issueFormToken(payload.secret, Date.now() - 60_000),
  ...overrides,
})
/** Each sign-up from its own address, as people on different networks (the rate limit is per address). */
const register = (body: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') =>
  rest('POST', 'registrations/submit', {
    body,
    lang,
    headers: { 'x-portal-client-address': `10.9.${Math.floor(++address / 250)}.${address % 250}` },
  })

const count = async (eventId: number | string, status: string) =>
  (
    await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] },
    })
  ).totalDocs

describe('places and the waiting list', () => {
  it('50 concurrent sign-ups for 20 places: exactly 20 confirmed, 30 on the waiting list, none lost', async () => {
    const event = await openEvent(20)
    const started = Date.now()
    const responses = await Promise.all(Array.from({ length: 50 }, () => register(person(event))))
    const elapsed = Date.now() - started
    const statuses = responses.map((r) => r.status)
    expect(
      statuses.every((s) => s === 201),
      JSON.stringify(responses.find((r) => r.status !== 201)?.json),
    ).toBe(true)
    const answers = responses.map((r) => r.json?.status)
    expect(answers.filter((s) => s === 'confirmed')).toHaveLength(20)
    expect(answers.filter((s) => s === 'waitlisted')).toHaveLength(30)
    expect(await count(event.id, 'confirmed')).toBe(20)
    expect(await count(event.id, 'waitlisted')).toBe(30)
    expect(await seatsTaken(payload, event.id)).toBe(20)
    for (const r of responses) expect(r.json?.reference).toMatch(REGISTRATION_REFERENCE)
    console.info(`[registrations] 50 concurrent sign-ups for 20 places: 20 confirmed, 30 waitlisted in ${elapsed} ms`)
  })

  it('counts people, not forms: groups never take more places than there are', async () => {
    const event = await openEvent(7)
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => register(person(event, { attendees: (i % 3) + 1 }))),
    )
    const confirmed = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
      limit: 100,
    })
    const seats = confirmed.docs.reduce((sum, r) => sum + r.attendees, 0)
    expect(seats).toBeLessThanOrEqual(7)
    expect(seats).toBe(await seatsTaken(payload, event.id))
    expect(responses.filter((r) => r.json?.status === 'waitlisted').length).toBeGreaterThan(0)
  })

  it('staff move someone up only when a place is free; a cancellation gives it to the waiting list', async () => {
    const event = await openEvent(1)
    const first = await register(person(event))
    const second = await register(person(event))
    expect([first.json?.status, second.json?.status]).toEqual(['confirmed', 'waitlisted'])
    const [waiting] = (
      await payload.find({ collection: 'registrations', where: { reference: { equals: second.json?.reference } } })
    ).docs
    const token = await staffToken(payload, 'editor')
    for (const [lang, words] of [
      ['zh', /名额已满/],
      ['en', /full/],
    ] as const) {
      const refused = await rest('PATCH', `registrations/${waiting!.id}`, {
        token,
        lang,
        body: { status: 'confirmed' },
      })
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.json)).toMatch(words)
    }
    // The first registrant cancels with the link from their email.
    const mail = await waitForMail(first.json?.reference)
    const link = new URL(mail.text.match(/https?:\/\/\S+\/cancel\?\S+/)![0])
    const found = await findByCancelToken(payload, link.searchParams.get('ref')!, link.searchParams.get('token')!)
    expect(found?.reference).toBe(first.json?.reference)
    // The cancel page names the event in its own language (it named it in Simplified everywhere).
    for (const [locale, title] of [
      ['en', `Registration test ${event.title.slice(-8)}`],
      ['zh-hant', toTraditional(event.title)],
    ] as const) {
      const inLocale = await findByCancelToken(payload, found!.reference, link.searchParams.get('token')!, locale)
      expect((inLocale?.event as { title?: string }).title, locale).toBe(title)
    }
    expect(await findByCancelToken(payload, link.searchParams.get('ref')!, 'forged-token')).toBeUndefined()
    await cancelRegistration(payload, found!)
    // The freed place went to the one waiting, who hears of it in their language.
    expect(await seatsTaken(payload, event.id)).toBe(1)
    expect(await count(event.id, 'confirmed')).toBe(1)
    const news = await waitForMail(`候补转正：${event.title}（${second.json?.reference}）`)
    expect(news.text).toContain('有名额空出，您已成功报名')
    expect(news.text).toContain('请使用您进入候补名单时收到的邮件中的链接取消报名')
    // A newcomer now joins the waiting list: the event is full.
    expect((await register(person(event))).json?.status).toBe('waitlisted')
    // Staff moving the confirmed person back frees the place for the next in line.
    const moved = await rest('PATCH', `registrations/${waiting!.id}`, { token, body: { status: 'cancelled' } })
    expect(moved.status).toBe(200)
    await expect.poll(() => count(event.id, 'confirmed'), { timeout: 10_000 }).toBe(1)
    expect(await seatsTaken(payload, event.id)).toBe(1)
    const promoted = await rest('PATCH', `registrations/${waiting!.id}`, { token, body: { status: 'confirmed' } })
    expect(promoted.status).toBe(400)
    // Checking in is stamped with the time.
    const checkedIn = await rest('PATCH', `registrations/${waiting!.id}`, { token, body: { checkedIn: true } })
    expect(checkedIn.json?.doc.checkedInAt).toBeTruthy()
  })
})

describe('the waiting list comes first', () => {
  const statusOf = async (reference: string) =>
    (await payload.find({ collection: 'registrations', where: { reference: { equals: reference } }, depth: 0 }))
      .docs[0]!
  const signUpAll = async (event: { slug?: string | null }, sizes: number[]) => {
    const references: string[] = []
    // One after the other: the order of the waiting list is the order of sign-up.
    for (const attendees of sizes) references.push((await register(person(event, { attendees }))).json?.reference)
    return references
  }

  it('freed places go to the oldest whole bookings that fit; a larger capacity moves the list up too', async () => {
    const event = await openEvent(4)
    const [full] = await signUpAll(event, [4])
    const [three, two, one] = await signUpAll(event, [3, 2, 1])
    for (const reference of [three, two, one]) expect((await statusOf(reference!)).status).toBe('waitlisted')
    await cancelRegistration(payload, await statusOf(full!))
    // Four places: the three (oldest) fit, the two does not fit in what is left, the one behind it does.
    expect((await statusOf(three!)).status).toBe('confirmed')
    expect((await statusOf(two!)).status).toBe('waitlisted')
    expect((await statusOf(one!)).status).toBe('confirmed')
    expect(await seatsTaken(payload, event.id)).toBe(4)
    // A newcomer who would fit nowhere waits behind the two.
    const [late] = await signUpAll(event, [1])
    expect((await statusOf(late!)).status).toBe('waitlisted')
    // Staff raise the capacity to 6: the two move up, then nothing is left for the newcomer.
    const token = await staffToken(payload, 'reviewer')
    const raised = await rest('PATCH', `events/${event.id}?locale=zh`, {
      token,
      body: {
        registration: { status: 'open', method: 'builtin', capacity: 6, deadline: inDays(18) },
        _status: 'published',
      },
    })
    expect(raised.status).toBe(200)
    await expect.poll(async () => (await statusOf(two!)).status, { timeout: 10_000 }).toBe('confirmed')
    expect((await statusOf(late!)).status).toBe('waitlisted')
    expect(await seatsTaken(payload, event.id)).toBe(6)
  })

  it('cancellations and new sign-ups at once: the places go to those waiting, in order, never to a newcomer', async () => {
    for (let round = 0; round < 5; round++) {
      const event = await openEvent(6)
      const confirmed = await signUpAll(event, [1, 1, 1, 1, 1, 1])
      const waiting = await signUpAll(event, [1, 1, 1, 1, 1])
      const cancelling = await Promise.all(confirmed.slice(0, 3).map((reference) => statusOf(reference)))
      // Three cancellations and six newcomers, in a shuffled order, all at once.
      const jobs = [
        ...cancelling.map((registration) => () => cancelRegistration(payload, registration)),
        ...Array.from({ length: 6 }, () => () => register(person(event)).then((r) => r.json?.reference)),
      ].sort(() => Math.random() - 0.5)
      const results = await Promise.all(jobs.map((job) => job()))
      const newcomers = results.filter((r): r is string => typeof r === 'string')
      expect(newcomers).toHaveLength(6)
      const state = async (references: string[]) =>
        Promise.all(references.map(async (reference) => (await statusOf(reference)).status))
      expect(await state(waiting)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
      expect(await state(newcomers)).toEqual(Array(6).fill('waitlisted'))
      expect(await state(confirmed.slice(3))).toEqual(['confirmed', 'confirmed', 'confirmed'])
      expect(await seatsTaken(payload, event.id)).toBe(6)
      expect(await count(event.id, 'confirmed')).toBe(6)
    }
  })
})

const waitForMail = async (subject: string) => {
  await expect.poll(() => mails.some((m) => m.subject.includes(subject)), { timeout: 30_000 }).toBe(true)
  return mails.find((m) => m.subject.includes(subject))!
}

describe('the registrant', () => {
  it('gets a confirmation in their language with the event as a calendar file and a cancel link', async () => {
    const event = await openEvent(50, { endsAt: inDays(20.1), endsAt_tz: 'Asia/Shanghai', venue: '赣州经开区' })
    for (const [locale, subject] of [
      ['zh', /^报名确认：/],
      ['en', /^Registration confirmed: /],
    ] as const) {
      const response = await register(person(event, { locale }), locale)
      expect(response.status).toBe(201)
      const reference = response.json?.reference as string
      const mail = await waitForMail(reference)
      expect(mail.subject).toMatch(subject)
      expect(mail.text).toContain(reference)
      expect(mail.text).toMatch(new RegExp(`/${locale}/events/${event.slug}/cancel\\?ref=`))
      const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))
      expect(ics).toBeTruthy()
      // Read by a real iCalendar parser.
      const vevent = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!
      const parsed = new ICAL.Event(vevent)
      expect(parsed.uid).toBe(`event-${event.id}@invest-ganzhou`)
      // To the second (iCalendar has no milliseconds).
      expect(parsed.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(event.startsAt) / 1000) * 1000)
      expect(parsed.location).toContain('赣州经开区')
      await expect
        .poll(
          async () =>
            (await payload.find({ collection: 'registrations', where: { reference: { equals: reference } } })).docs[0]
              ?.confirmation,
        )
        .toBe('sent')
    }
  })

  it('gets each mistake named next to its field in their language; nothing is stored', async () => {
    const event = await openEvent(10)
    const before = await payload.count({ collection: 'registrations', where: { event: { equals: event.id } } })
    const zh = await register(person(event, { name: '', email: 'not-an-email', attendees: 40, consent: '' }))
    expect(zh.status).toBe(400)
    expect(zh.json?.errors).toMatchObject({
      name: '请填写此项。',
      email: expect.stringMatching(/有效的邮箱/),
      attendees: '参加人数为 1 到 10 人。',
      consent: expect.stringMatching(/请勾选/),
    })
    const en = await register(person(event, { locale: 'en', phone: 'call me', attendees: 0 }), 'en')
    expect(en.json?.errors).toMatchObject({
      phone: expect.stringMatching(/valid phone/),
      attendees: 'From 1 to 10 attendees.',
    })
    expect(await payload.count({ collection: 'registrations', where: { event: { equals: event.id } } })).toEqual(before)
  })

  it('cannot register for a past, closed or link-only event, or after the deadline', async () => {
    const past = await openEvent(10, { startsAt: inDays(-2), registration: { status: 'open', method: 'builtin' } })
    const closed = await openEvent(10, { registration: { status: 'closed', method: 'builtin' } })
    const link = await openEvent(10, {
      registration: { status: 'open', method: 'link', url: 'https://example.org/register' },
    })
    for (const event of [past, closed, link]) {
      const response = await register(person(event))
      expect(response.status).toBe(409)
      expect(response.json?.message).toBe('该活动已不接受报名。')
    }
    const en = await register(person(closed, { locale: 'en' }), 'en')
    expect(en.json?.message).toBe('This event no longer takes registrations.')
  })

  it('is limited per address, and a bot filling the honeypot stores nothing', async () => {
    const event = await openEvent(100)
    const headers = { 'x-portal-client-address': '10.77.0.1' }
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push((await rest('POST', 'registrations/submit', { body: person(event), headers })).status)
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201])
    expect(statuses[5]).toBe(429)
    const bot = await register(person(event, { website_url: 'http://spam.example' }))
    expect(bot.status).toBe(201)
    expect(
      await payload.count({ collection: 'registrations', where: { reference: { equals: bot.json?.reference } } }),
    ).toEqual({ totalDocs: 0 })
  })
})

describe('who may see registrations', () => {
  it('the public reads the places taken at a published event (its page shows them), not at a draft one', async () => {
    const event = await openEvent(5)
    await register(person(event, { attendees: 2 }))
    const seen = await rest('GET', `event-seats?where[event][equals]=${event.id}&depth=0`)
    expect(seen.status).toBe(200)
    expect(seen.json?.docs.map((d: { taken: number }) => d.taken)).toEqual([2])
    const draft = await payload.create({
      collection: 'events',
      locale: 'zh',
      draft: true,
      data: { title: unique('草稿活动'), startsAt: inDays(30), registration: { status: 'open', capacity: 3 } } as never,
    })
    await takeSeats(payload, draft.id, 1, 3)
    const hidden = await rest('GET', `event-seats?where[event][equals]=${draft.id}&depth=0`)
    expect(hidden.status).toBe(200)
    expect(hidden.json?.docs).toEqual([])
    expect(
      (await rest('GET', `event-seats?where[event][equals]=${draft.id}`, { token: await staffToken(payload) })).json
        ?.docs,
    ).toHaveLength(1)
  })

  it('staff read and export them with Beijing times; the public reads and creates none; only an admin deletes', async () => {
    const event = await openEvent(5)
    const created = await register(person(event))
    const [doc] = (
      await payload.find({ collection: 'registrations', where: { reference: { equals: created.json?.reference } } })
    ).docs
    expect((await rest('GET', `registrations/${doc!.id}`)).status).not.toBe(200)
    expect((await rest('GET', 'registrations')).json?.docs ?? []).toHaveLength(0)
    expect((await rest('POST', 'registrations', { body: { name: 'x' } })).status).toBe(403)
    const editor = await staffToken(payload, 'editor')
    expect((await rest('GET', `registrations/${doc!.id}`, { token: editor })).status).toBe(200)
    expect((await rest('DELETE', `registrations/${doc!.id}`, { token: editor })).status).toBe(403)

    const csv = await rest('GET', `registrations/export?where[event][equals]=${event.id}`, { token: editor })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const beijing = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(doc!.createdAt))
    expect(csv.text).toContain(doc!.reference)
    expect(csv.text).toContain(beijing)
    expect((await rest('GET', `registrations/export`)).status).toBe(403)

    const admin = await staffToken(payload, 'admin')
    expect((await rest('DELETE', `registrations/${doc!.id}`, { token: admin })).status).toBe(200)
  })
})
