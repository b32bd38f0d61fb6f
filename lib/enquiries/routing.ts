import type { Payload } from 'payload'

import { workingCalendar } from '@/lib/calendar'
import { workingDeadline } from '@/lib/workdays'

/**
 * Where a new enquiry goes (issue 29): to the team its subject names (a project's contact team), else
 * to the sector team of its industry and, within it, to the
 * member with an account who has the fewest new enquiries (the first listed on a tie); due by the
 * end of the reply commitment's last working day. An enquiry without an industry, or of an
 * industry no team covers, has a due date and waits for staff to assign it.
 */
export async function routeEnquiry(
  payload: Payload,
  industry: number | string | undefined,
  now: Date,
  /** The team the enquiry's subject names (a project's contact team), before the industry's. */
  subjectTeam?: number | string,
) {
  const { calendar, replyDays } = await workingCalendar(payload)
  const dueAt = workingDeadline(now, replyDays, calendar).toISOString()
  if (industry == null && subjectTeam == null) return { dueAt }
  const { docs } = await payload.find({
    collection: 'teams',
    where: subjectTeam != null ? { id: { equals: subjectTeam } } : { industries: { in: [industry] } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const team = docs[0]
  if (!team) return { dueAt }
  const accounts = [
    ...new Set(
      (team.officers ?? [])
        .map((officer) => (typeof officer.user === 'object' ? officer.user?.id : officer.user))
        .filter((id): id is number => id != null),
    ),
  ]
  if (accounts.length === 0) return { dueAt, team: team.id }
  const open = await Promise.all(
    accounts.map(
      async (assignee) =>
        (
          await payload.count({
            collection: 'enquiries',
            where: { and: [{ assignee: { equals: assignee } }, { status: { equals: 'new' } }] },
            overrideAccess: true,
          })
        ).totalDocs,
    ),
  )
  const fewest = open.indexOf(Math.min(...open))
  return { dueAt, team: team.id, assignee: accounts[fewest] }
}
