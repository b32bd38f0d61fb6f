import { revalidatePath, revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
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
  revalidateNow(req, reason)
  // And again after the commit: a page rendered in between read the data before this change.
  whenCommitted('revalidatePortal', () => revalidateNow(req, reason, true))
}

function revalidateNow(req: PayloadRequest, reason: string, again = false) {
  try {
    // The root layout's tag is on every page; route groups make '/[locale]' a different path.
    revalidatePath('/', 'layout')
    // Shared reads cached across requests (site settings, lists, search): gone at once.
    revalidateTag(PORTAL_DATA_TAG, { expire: 0 })
    if (!again) req.payload.logger.info(`Revalidated portal pages (${reason})`)
  } catch (error) {
    // Outside a Next.js server (CLI scripts, the integration tests) there is no page cache.
    req.payload.logger.debug({ err: error, msg: `No page cache to revalidate (${reason})` })
  }
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
