import { initI18n } from '@payloadcms/translations'
import type { Payload, TaskConfig } from 'payload'

import { adminT } from '@/i18n/admin'
import { beijingTime, defaultLocale } from '@/i18n/locales'
import { configuredServerUrl } from '@/lib/server/serverUrl'
import { workingCalendar } from '@/lib/calendar'
import { beijingDay, inOfficeHours, isWorkingDay, workingDeadline } from '@/lib/workdays'

import { adminPaths, type ReviewTarget } from './targets'

/**
 * Mails the reviewers (and administrators) what has waited for review longer than one working day,
 * once per day: on a working day, the requests whose deadline (the end of the working day after the
 * one they were sent on) has passed and that were not in today's reminder yet. Returns how many.
 */
export async function remindReviewers(payload: Payload, now = new Date()): Promise<number> {
  const { calendar } = await workingCalendar(payload)
  const today = beijingDay(now)
  if (!isWorkingDay(today, calendar)) return 0
  const { docs } = await payload.find({
    collection: 'review-requests',
    where: { state: { equals: 'waiting' } },
    sort: 'submittedAt',
    limit: 200,
    depth: 0,
  })
  const late = docs.filter(
    (request) =>
      workingDeadline(request.submittedAt ?? request.createdAt, 1, calendar) < now &&
      (!request.remindedAt || beijingDay(request.remindedAt) !== today),
  )
  if (late.length === 0) return 0
  const { docs: reviewers } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['reviewer', 'admin'] } },
    limit: 200,
    depth: 0,
    select: { email: true },
  })
  const to = reviewers.map((user) => user.email).filter(Boolean)
  if (to.length === 0) return 0

  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: defaultLocale })
  const say = adminT(i18n.t)
  const rows = late.map((request) => {
    const line = say('review:reminderRow', {
      title: request.title ?? '',
      section: say(`review:targets:${request.target as ReviewTarget}`),
      name: request.submittedByName || say('review:someone'),
      time: beijingTime(request.submittedAt ?? request.createdAt),
    })
    return `- ${line}\n  ${configuredServerUrl()}${adminPaths(request.target as ReviewTarget, request.documentId).document}`
  })
  await payload.sendEmail({
    to,
    subject: say('review:reminderSubject', { n: late.length }),
    text: [say('review:reminderIntro'), '', ...rows].join('\n'),
  })
  for (const request of late) {
    await payload.update({
      collection: 'review-requests',
      id: request.id,
      data: { remindedAt: now.toISOString() },
      context: { reviewSystem: true },
    })
  }
  return late.length
}

/** Hourly (Payload's cron has no time zone): mails only in Beijing office hours, once a day per request. */
export const reviewRemindersTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: 'reviewReminders',
  label: 'Remind reviewers of drafts waiting more than a working day',
  schedule: [{ cron: '0 7 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    const now = new Date()
    const reminded = inOfficeHours(now) ? await remindReviewers(req.payload, now) : 0
    return { output: { reminded } }
  },
}
