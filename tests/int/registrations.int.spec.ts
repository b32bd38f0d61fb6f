import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seatsTaken } from '@/lib/registrations/seats'
import { cancelRegistration, findByCancelToken } from '@/lib/registrations/cancel'
import { toTraditional } from '@/lib/schema/traditional'
import { REGISTRATION_REFERENCE } from '@/lib/registrations/reference'

import { rest, staffToken } from '../helpers/payload'
import { inDays, registrationKit } from '../helpers/registrations'

/**
 * Event registration through its HTTP code path (POST /api/registrations/submit, Payload's real REST
 * handler) on the real database: places, the waiting list under concurrent sign-ups, the
 * registrant's email with its calendar file and cancel link, and what staff may do.
 */
const kit = registrationKit(9)
const { openEvent, person, register, count, waitForMail } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

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
