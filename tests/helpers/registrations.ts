import type { Payload } from 'payload'
import { afterAll, beforeAll, expect } from 'vitest'

import { issueFormToken } from '@/lib/forms/token'

import { getTestPayload, rest, unique } from './payload'
import { type ReceivedMail, startSmtp } from './smtp'

/** A time `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString()

/**
 * What the registration tests share: Payload, a real SMTP server on SMTP_PORT (`mails`), an open
 * published event, a person's sign-up as the form sends it, each from its own address on `network`
 * (the rate limit is per address; each file takes its own network), and counts by status.
 */
export function registrationKit(network: number) {
  let payload: Payload | undefined
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
  const mails: ReceivedMail[] = []
  let address = 0
  beforeAll(async () => {
    payload = await getTestPayload()
    smtp = await startSmtp(mails)
  })
  afterAll(async () => smtp?.stop())
  const kit = {
    get payload(): Payload {
      if (!payload) throw new Error('registrationKit: used before its beforeAll ran')
      return payload
    },
    mails,
    async openEvent(capacity: number | null, overrides: Record<string, unknown> = {}) {
      const title = unique('报名测试活动')
      const event = await kit.payload.create({
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
      await kit.payload.update({
        collection: 'events',
        id: event.id,
        locale: 'en',
        data: { title: `Registration test ${title.slice(-8)}`, _status: 'published' } as never,
      })
      return event
    },
    person: (event: { slug?: string | null }, overrides: Record<string, unknown> = {}) => ({
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
      startedAt: issueFormToken(kit.payload.secret, Date.now() - 60_000),
      ...overrides,
    }),
    /** Each sign-up from its own address, as people on different networks. */
    register: (body: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') =>
      rest('POST', 'registrations/submit', {
        body,
        lang,
        headers: { 'x-portal-client-address': `10.${network}.${Math.floor(++address / 250)}.${address % 250}` },
      }),
    count: async (eventId: number | string, status: string) =>
      (
        await kit.payload.count({
          collection: 'registrations',
          where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] },
        })
      ).totalDocs,
    waitForMail: async (subject: string) => {
      await expect.poll(() => mails.some((m) => m.subject.includes(subject)), { timeout: 30_000 }).toBe(true)
      return mails.find((m) => m.subject.includes(subject))!
    },
  }
  return kit
}
