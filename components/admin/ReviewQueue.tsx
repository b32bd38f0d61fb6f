import type { Payload, TypedUser, Where } from 'payload'

import { canPublish } from '@/access/content'
import { adminT } from '@/i18n/admin'
import { beijingTime } from '@/i18n/locales'
import { adminPaths, isGlobalTarget, type ReviewTarget } from '@/lib/review/targets'
import { newestVersionId } from '@/lib/review/versions'
import type { ReviewRequest, User } from '@/payload-types'

import { DashboardList, type DashboardPartProps, type Row } from './DashboardList'

/** Rows whose comparison link and languages are looked up (the list shows as many). */
const DETAILED = 8

/** The newest draft beside the published version (Payload's versions view), and the languages complete. */
async function details(payload: Payload, user: TypedUser, request: ReviewRequest) {
  const target = request.target as ReviewTarget
  const [draftId, publishedId, doc] = await Promise.all([
    newestVersionId(payload, target, request.documentId, { user }),
    newestVersionId(payload, target, request.documentId, { user, published: true }),
    isGlobalTarget(target)
      ? undefined
      : payload.findByID({
          collection: target,
          id: request.documentId!,
          draft: true,
          disableErrors: true,
          depth: 0,
          overrideAccess: false,
          user,
        }),
  ])
  return {
    compare: draftId && adminPaths(target, request.documentId).compare(draftId, publishedId),
    languages: (doc as { translationState?: string } | null | undefined)?.translationState ?? '',
  }
}

/**
 * The dashboard's review lists: for reviewers, what waits for them, oldest first, with its author,
 * its languages and a comparison with the published version; for the author, what was sent back
 * with the reviewer's note, and (editors) what of theirs still waits.
 */
export async function ReviewQueue({ payload, user, i18n, more }: DashboardPartProps) {
  const say = adminT(i18n.t)
  const someone = say('review:someone')
  const publisher = canPublish(user as User)
  const find = (where: Where, sort: string) =>
    payload.find({ collection: 'review-requests', where, sort, limit: 50, depth: 0, overrideAccess: false, user })
  const [waiting, sentBack, mine] = await Promise.all([
    publisher ? find({ state: { equals: 'waiting' } }, 'submittedAt') : undefined,
    find({ and: [{ state: { equals: 'sentBack' } }, { submittedBy: { equals: user.id } }] }, '-decidedAt'),
    publisher
      ? undefined
      : find({ and: [{ state: { equals: 'waiting' } }, { submittedBy: { equals: user.id } }] }, 'submittedAt'),
  ])
  const section = (request: ReviewRequest) => say(`review:targets:${request.target as ReviewTarget}`)
  const base = (request: ReviewRequest) => ({
    key: `review-${request.id}`,
    href: adminPaths(request.target as ReviewTarget, request.documentId).document,
    title: request.title || section(request),
  })

  const queue: Row[] | undefined =
    waiting &&
    (await Promise.all(
      waiting.docs.map(async (request, i) => {
        const more = i < DETAILED ? await details(payload, user, request) : undefined
        const note = say('dashboard:waitingRow', {
          section: section(request),
          name: request.submittedByName || someone,
          time: beijingTime(request.submittedAt ?? request.createdAt),
          languages: more?.languages ?? '',
        })
        return {
          ...base(request),
          note: request.note ? `${note} · “${request.note}”` : note,
          link: more?.compare ? { href: more.compare, label: say('dashboard:compare') } : undefined,
        }
      }),
    ))
  const returned: Row[] = sentBack.docs.map((request) => ({
    ...base(request),
    note: `${section(request)} · ${say('dashboard:sentBackRow', {
      name: request.decidedByName || someone,
      time: beijingTime(request.decidedAt ?? request.updatedAt),
      note: request.decisionNote ?? '',
    })}`,
  }))

  return (
    <>
      {queue && (
        <DashboardList
          more={more}
          title={say('dashboard:reviewQueue')}
          empty={say('dashboard:reviewQueueNone')}
          rows={queue}
        />
      )}
      {(returned.length > 0 || !publisher) && (
        <DashboardList
          more={more}
          title={say('dashboard:sentBack')}
          empty={say('dashboard:sentBackNone')}
          rows={returned}
        />
      )}
      {mine && (
        <DashboardList
          more={more}
          title={say('dashboard:yourWaiting')}
          empty={say('dashboard:yourWaitingNone')}
          rows={mine.docs.map((request) => ({
            ...base(request),
            note: `${section(request)} · ${beijingTime(request.submittedAt ?? request.createdAt)}`,
          }))}
        />
      )}
    </>
  )
}
