import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { issueFormToken } from '@/lib/forms/token'

import { getTestPayload, rest, unique } from './payload'
import { type ReceivedMail, startSmtp } from './smtp'

/**
 * What the enquiry tests share: Payload, a real SMTP server on SMTP_PORT (its messages collected in
 * `mails` across restarts), and the form as the browser sends it. `enquiryKit()` starts and stops
 * them around the calling file.
 */
export function enquiryKit() {
  let payload: Payload | undefined
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
  const mails: ReceivedMail[] = []
  const kit = {
    get payload(): Payload {
      if (!payload) throw new Error('enquiryKit: used before its beforeAll ran')
      return payload
    },
    mails,
    startMail: async () => {
      smtp = await startSmtp(mails)
    },
    stopSmtp: async () => smtp?.stop(),
    /** The signed time the server puts in the form, `ms` ago (signed with the app's secret). */
    shownAgo: (ms: number) => issueFormToken(kit.payload.secret, Date.now() - ms),
    /** A complete, valid enquiry as the form sends it. */
    valid: (overrides: Record<string, unknown> = {}) => ({
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
      startedAt: kit.shownAgo(60_000),
      ...overrides,
    }),
    /** From its own address unless given one, so rate limits stay apart. */
    submit: (body: Record<string, unknown>, ip = randomIp(), lang: 'zh' | 'en' = 'zh') =>
      rest('POST', 'enquiries/submit', { body, lang, headers: { 'x-portal-client-address': ip } }),
    stored: async (reference: string) =>
      (
        await kit.payload.find({
          collection: 'enquiries',
          where: { reference: { equals: reference } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0],
    countByCompany: async (company: string) =>
      (
        await kit.payload.count({
          collection: 'enquiries',
          where: { company: { equals: company } },
          overrideAccess: true,
        })
      ).totalDocs,
  }
  beforeAll(async () => {
    payload = await getTestPayload()
    await kit.startMail()
  })
  afterAll(async () => {
    await kit.stopSmtp().catch(() => undefined)
  })
  return kit
}

export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}`
