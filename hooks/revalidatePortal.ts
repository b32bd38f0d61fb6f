import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidatePath, revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Endpoint,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { PORTAL_DATA_TAG } from '@/lib/portal/cacheTags'
import { whenCommitted } from '@/lib/server/databaseScope'

/**
 * Refreshes the cached portal pages after content changes, in both locales. Every page under
 * the locale layout is revalidated, not just the document's own: parks show their policies,
 * the home page features parks and cases, industry pages list all three, and the next request
 * re-renders each page once. Seeding and scripts pass `context.disableRevalidate`.
 */
function revalidate(req: PayloadRequest, reason: string) {
  if (req.context?.disableRevalidate) return
  // A draft (autosave every few seconds) changes nothing the public sees.
  if (req.context?.draftSave) return
  // Hooks run inside the transaction: a page rendered meanwhile reads the data before this change
  // and is cached as new. So again once the change is committed, and once more a few seconds later
  // for a render that was still running then (see revalidateLater). A change made outside a request
  // (a scheduled publish run by the job runner) has only the later one.
  if (revalidateNow(req, reason)) whenCommitted('revalidatePortal', () => revalidateNow(req, reason, true))
  revalidateLater(req)
}

/** Whether there was a page cache to refresh (none outside a Next.js server: scripts, int tests). */
function revalidateNow(req: PayloadRequest, reason: string, again = false): boolean {
  try {
    // The root layout's tag is on every page; route groups make '/[locale]' a different path.
    revalidatePath('/', 'layout')
    // Shared reads cached across requests (site settings, lists, search): gone at once.
    revalidateTag(PORTAL_DATA_TAG, { expire: 0 })
    if (!again) req.payload.logger.info(`Revalidated portal pages (${reason})`)
    return true
  } catch (error) {
    req.payload.logger.debug({ err: error, msg: `No page cache to revalidate (${reason})` })
    return false
  }
}

/** Seconds after a publish when the pages are refreshed once more. */
const LATER_MS = 3000
let later: ReturnType<typeof setTimeout> | undefined

const revalidateToken = (secret: string) => createHmac('sha256', secret).update('portal-revalidate').digest('hex')

/**
 * Once more, LATER_MS after a publish (one call for any number of publishes meanwhile): a render
 * that began before the commit and ended after it stored the old data as fresh. Revalidating needs
 * a request of Next's own, so the server asks itself (`portalRevalidateEndpoint`, signed with the
 * Payload secret); with several instances, the Redis cache makes it count for all.
 */
function revalidateLater(req: PayloadRequest) {
  if (later || !process.env.PORT) return
  // Where server.mjs listens (HOSTNAME, all addresses by default).
  const bound = process.env.HOSTNAME || '0.0.0.0'
  const host = bound === '0.0.0.0' ? '127.0.0.1' : bound === '::' ? '[::1]' : bound
  const url = `http://${host}:${process.env.PORT}/api/portal/revalidate`
  const token = revalidateToken(req.payload.secret)
  later = setTimeout(() => {
    later = undefined
    fetch(url, { method: 'POST', headers: { 'x-portal-revalidate': token } })
      .then((response) => {
        if (response.status !== 204) throw new Error(`answered ${response.status}`)
        req.payload.logger.debug('Revalidated portal pages again, after the publish')
      })
      .catch((error: unknown) => req.payload.logger.warn({ err: error, msg: 'The delayed page refresh failed' }))
  }, LATER_MS)
  later.unref()
}

/** POST /api/portal/revalidate: the delayed refresh above; only the server itself knows the token. */
export const portalRevalidateEndpoint: Endpoint = {
  path: '/portal/revalidate',
  method: 'post',
  handler: (req) => {
    const given = Buffer.from(req.headers.get('x-portal-revalidate') ?? '')
    const expected = Buffer.from(revalidateToken(req.payload.secret))
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return Response.json({ message: req.t('error:notAllowedToPerformAction') }, { status: 403 })
    }
    revalidateNow(req, 'after a publish, again', true)
    return new Response(null, { status: 204 })
  },
}

type Versioned = { _status?: 'draft' | 'published' | null; slug?: string | null }

export const revalidateOnChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const now = (doc as Versioned)._status
  const before = (previousDoc as Versioned | undefined)?._status
  // Saving a draft of an unpublished document changes nothing the public sees.
  if (collection.versions?.drafts && now !== 'published' && before !== 'published') return doc
  revalidate(req, `${collection.slug}/${(doc as Versioned).slug ?? doc.id} ${before ?? 'new'} → ${now ?? 'saved'}`)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidate(req, `${collection.slug}/${(doc as Versioned).slug ?? doc.id} deleted`)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, global, req }) => {
  revalidate(req, global.slug)
  return doc
}
