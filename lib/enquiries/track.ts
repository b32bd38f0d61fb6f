import type { CollectionBeforeChangeHook } from 'payload'

import { enquiryStatuses } from '@/lib/schema/options'

/** Sort order of the pipeline: new first, then the stages in order, finished ones last. */
const STATUS_RANK: Record<string, number> = Object.fromEntries(enquiryStatuses.map((o, i) => [o.value, i]))

/**
 * Before an enquiry is saved: its rank in the pipeline (the list's order), when it was first
 * contacted, whether it is still overdue, and who wrote each new note.
 */
export const trackStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'new'
  const next: Record<string, unknown> = { ...data, statusRank: STATUS_RANK[status] ?? 0 }
  if (status !== 'new' && !originalDoc?.contactedAt && !data.contactedAt) next.contactedAt = new Date().toISOString()
  // Contacted: no longer waiting for a first answer. A later due date lifts the mark too.
  const dueAt = data.dueAt ?? originalDoc?.dueAt
  if (status !== 'new' || (dueAt && new Date(dueAt).getTime() > Date.now())) next.overdue = false
  // A note added in the admin is signed by whoever added it.
  if (Array.isArray(data.notes) && req.user) {
    next.notes = data.notes.map((note: { author?: unknown; date?: string }) => ({
      ...note,
      author: note.author ?? req.user!.id,
      date: note.date ?? new Date().toISOString(),
    }))
  }
  return next
}
