import { initI18n } from '@payloadcms/translations'
import type { Payload, TaskConfig } from 'payload'

import { adminT } from '@/i18n/admin'
import { beijingTime, defaultLocale } from '@/i18n/locales'
import { workingCalendar } from '@/lib/calendar'
import { configuredServerUrl } from '@/lib/server/serverUrl'
import { beijingDay, inOfficeHours, isWorkingDay } from '@/lib/workdays'
import type { Enquiry, Team, User } from '@/payload-types'

import { notificationAddress } from './notify'

/** Who hears of a team's overdue enquiries: its lead, else the bureau's notification address. */
async function recipientOf(payload: Payload, team: Enquiry['team']) {
  const id = typeof team === 'object' ? team?.id : team
  if (id != null) {
    const found = (await payload.findByID({
      collection: 'teams',
      id,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
    })) as Team | null
    const lead = found?.lead as User | number | null | undefined
    if (typeof lead === 'object' && lead?.email) return lead.email
  }
  return notificationAddress(payload)
}

/**
 * Marks the new enquiries whose reply date has passed as overdue (the list shows them red), and,
 * when `mail` is set and today is a working day, mails each team lead its overdue enquiries not
 * mailed today (one email per lead). Returns how many were marked and mailed.
 */
export async function markOverdueEnquiries(payload: Payload, now = new Date(), { mail = true } = {}) {
  const late = await payload.find({
    collection: 'enquiries',
    where: {
      and: [
        { status: { equals: 'new' } },
        { dueAt: { less_than: now.toISOString() } },
        { overdue: { not_equals: true } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { reference: true },
  })
  for (const { id } of late.docs) {
    await payload.update({ collection: 'enquiries', id, data: { overdue: true }, overrideAccess: true, depth: 0 })
  }
  const marked = late.docs.length
  const { calendar } = await workingCalendar(payload)
  const today = beijingDay(now)
  if (!mail || !isWorkingDay(today, calendar)) return { marked, mailed: 0 }

  const startOfToday = new Date(`${today}T00:00:00+08:00`).toISOString()
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: {
      and: [
        { status: { equals: 'new' } },
        { overdue: { equals: true } },
        { or: [{ overdueMailedAt: { exists: false } }, { overdueMailedAt: { less_than: startOfToday } }] },
      ],
    },
    sort: 'dueAt',
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  const byRecipient = new Map<string, Enquiry[]>()
  for (const enquiry of docs) {
    const to = await recipientOf(payload, enquiry.team)
    if (!to) continue
    byRecipient.set(to, [...(byRecipient.get(to) ?? []), enquiry])
  }
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: defaultLocale })
  const say = adminT(i18n.t)
  let mailed = 0
  for (const [to, enquiries] of byRecipient) {
    const rows = enquiries.map(
      (e) =>
        `- ${say('enquiries:overdueRow', { reference: e.reference, company: e.company, due: beijingTime(e.dueAt!) })}\n  ${configuredServerUrl()}/admin/collections/enquiries/${e.id}`,
    )
    await payload.sendEmail({
      to,
      subject: say('enquiries:overdueSubject', { n: enquiries.length }),
      text: [say('enquiries:overdueIntro'), '', ...rows].join('\n'),
    })
    for (const enquiry of enquiries) {
      await payload.update({
        collection: 'enquiries',
        id: enquiry.id,
        data: { overdueMailedAt: now.toISOString() },
        overrideAccess: true,
        depth: 0,
      })
    }
    mailed += enquiries.length
  }
  return { marked, mailed }
}

/** Hourly: marks what became overdue at once; mails the leads in Beijing office hours, once a day per enquiry. */
export const overdueEnquiriesTask: TaskConfig<{ input: object; output: { marked: number; mailed: number } }> = {
  slug: 'overdueEnquiries',
  label: 'Mark overdue enquiries and mail the team leads',
  schedule: [{ cron: '0 12 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    const now = new Date()
    return { output: await markOverdueEnquiries(req.payload, now, { mail: inOfficeHours(now) }) }
  },
}
