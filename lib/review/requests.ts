import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type GlobalAfterChangeHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { adminT } from '@/i18n/admin'
import { defaultLocale } from '@/i18n/locales'
import type { ReviewRequest } from '@/payload-types'
import { validationMessage } from '@/lib/schema/validationMessages'
import { isValidId } from '@/lib/server/api/query'
import { inRequest } from '@/lib/server/inRequest'

import type { ReviewState } from './states'
import { isGlobalTarget, isReviewTarget, openKey, type ReviewTarget, titleFieldOf } from './targets'
import { newestVersionId } from './versions'

/** How a member of staff is named to colleagues: their name, else their address. */
export const staffName = (user: PayloadRequest['user']) =>
  user ? (user as { name?: string | null }).name || (user as { email?: string }).email || null : null

/** Marks the request writes these hooks make themselves (closing on publish, replacing). */
const SYSTEM = 'reviewSystem'

const invalid = (req: PayloadRequest, path: string, key: Parameters<typeof validationMessage>[1]): never => {
  throw new ValidationError({ errors: [{ message: validationMessage(req, key), path }] }, req.t)
}

/**
 * The document a request is about, read as the member of staff asking (their access applies):
 * its title, whether its newest version is a draft, and that version's id.
 */
async function readTarget(req: PayloadRequest, target: ReviewTarget, documentId: string | null | undefined) {
  const { user, payload } = req
  return inRequest(req, async (req) => {
    const common = { depth: 0, draft: true, overrideAccess: false, user, req, locale: defaultLocale } as const
    if (isGlobalTarget(target)) {
      const doc = await payload.findGlobal({ slug: target, ...common })
      const versionId = await newestVersionId(payload, target, null, { user, req })
      return { title: adminT(req.t)(`review:targets:${target}`), status: doc._status, versionId }
    }
    if (!isValidId(payload, documentId)) return undefined
    const doc = (await payload.findByID({ collection: target, id: documentId!, disableErrors: true, ...common })) as
      (Record<string, unknown> & { _status?: string | null }) | null
    if (!doc) return undefined
    const versionId = await newestVersionId(payload, target, documentId, { user, req })
    return { title: String(doc[titleFieldOf(target)!] ?? documentId), status: doc._status, versionId }
  })
}

/**
 * Before a request is stored. Opening one (any member of staff): the document must exist, be
 * readable by them and have a draft newer than what is published; the rest of the record is
 * written here, not taken from the client. Deciding one (a publisher, over the API): only "send
 * back", only while it waits, with a note. Publishing the document closes it (closeOnPublish).
 */
export const prepareReviewRequest: CollectionBeforeChangeHook<ReviewRequest> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context[SYSTEM]) return data
  const now = new Date().toISOString()
  if (operation === 'create') {
    // Collection hooks run before Payload validates the fields: the target and note are checked here.
    if (!isReviewTarget(data.target)) return invalid(req, 'target', 'reviewNoDocument')
    if (data.note != null && typeof data.note !== 'string') return invalid(req, 'note', 'reviewNoteText')
    const target = data.target
    const documentId = isGlobalTarget(target) ? null : data.documentId != null ? String(data.documentId) : null
    const read = await readTarget(req, target, documentId)
    if (!read) return invalid(req, 'documentId', 'reviewNoDocument')
    if (read.status !== 'draft') return invalid(req, 'documentId', 'reviewNothingToReview')
    const key = openKey(target, documentId)
    const open = await inRequest(req, (req) =>
      req.payload.count({ collection: 'review-requests', where: { openKey: { equals: key } }, req }),
    )
    if (open.totalDocs > 0) throw new APIError(validationMessage(req, 'reviewAlreadyWaiting'), 409, null, true)
    return {
      target,
      documentId,
      title: read.title,
      note: data.note?.trim() || null,
      state: 'waiting',
      submittedBy: req.user?.id,
      submittedByName: staffName(req.user),
      submittedAt: now,
      versionId: read.versionId ?? null,
      openKey: key,
      decisionNote: null,
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      remindedAt: null,
    }
  }
  const decisionNote = typeof data.decisionNote === 'string' ? data.decisionNote.trim() : ''
  if (originalDoc?.state !== 'waiting' || data.state !== 'sentBack') return invalid(req, 'state', 'reviewOnlySendBack')
  if (!decisionNote) return invalid(req, 'decisionNote', 'reviewNoteRequired')
  return {
    ...originalDoc,
    state: 'sentBack',
    decisionNote,
    decidedBy: req.user?.id,
    decidedByName: staffName(req.user),
    decidedAt: now,
    openKey: null,
  }
}

/** A new request replaces the document's earlier ones that were sent back: their notes are answered. */
export const replaceEarlierRequests: CollectionAfterChangeHook<ReviewRequest> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context[SYSTEM]) return doc
  await inRequest(req, (req) =>
    req.payload.update({
      collection: 'review-requests',
      where: {
        and: [
          { target: { equals: doc.target } },
          doc.documentId ? { documentId: { equals: doc.documentId } } : { documentId: { exists: false } },
          { state: { equals: 'sentBack' } },
        ],
      },
      data: { state: 'replaced' },
      overrideAccess: true,
      context: { [SYSTEM]: true },
      req,
    }),
  )
  return doc
}

/** Closes the document's waiting request, if it has one. */
async function closeOpen(req: PayloadRequest, key: string, state: ReviewState) {
  await inRequest(req, (req) =>
    req.payload.update({
      collection: 'review-requests',
      where: { openKey: { equals: key } },
      data: {
        state,
        decidedBy: req.user?.id ?? null,
        decidedByName: staffName(req.user),
        decidedAt: new Date().toISOString(),
        openKey: null,
      },
      overrideAccess: true,
      context: { [SYSTEM]: true },
      req,
    }),
  )
}

/** A publish (not a draft save) answers the document's waiting request: published, by whom, when. */
export const closeOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context.draftSave || (doc as { _status?: string })._status !== 'published') return doc
  await closeOpen(req, openKey(collection.slug as ReviewTarget, String(doc.id)), 'published')
  return doc
}

export const closeOnPublishGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (req.context.draftSave || (doc as { _status?: string })._status !== 'published') return doc
  await closeOpen(req, openKey(global.slug as ReviewTarget), 'published')
  return doc
}

/** A deleted document's waiting request is withdrawn. */
export const withdrawOnDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await closeOpen(req, openKey(collection.slug as ReviewTarget, String(id)), 'withdrawn')
}
