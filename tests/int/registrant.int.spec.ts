import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { takeSeats } from '@/lib/registrations/seats'

import { rest, staffToken, unique } from '../helpers/payload'
import { inDays, registrationKit } from '../helpers/registrations'

/**
 * The registrant (their email with its calendar file and cancel link, cancelling) and what staff
 * may see and do with registrations.
 */
const kit = registrationKit(10)
const { openEvent, person, register, waitForMail } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

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
