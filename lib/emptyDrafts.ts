import type { Payload, TaskConfig } from 'payload'

import { SECTIONS, sections } from '@/lib/sections'

/** How long an untitled draft is left alone (an editor may still be writing it). */
export const EMPTY_DRAFT_HOURS = 24

/**
 * Payload's autosave creates a document the moment "Create new" is opened; one left without a
 * title in every language is an empty record (lists fill with "‹no name›"). Removes those that have
 * not been touched for EMPTY_DRAFT_HOURS — with their versions — and nothing that has a title in
 * any language or was ever published. Returns how many it removed.
 */
export async function removeEmptyDrafts(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EMPTY_DRAFT_HOURS * 3600_000).toISOString()
  let removed = 0
  for (const section of sections) {
    const title = SECTIONS[section].titleField
    const { docs } = await payload.find({
      collection: section,
      where: { and: [{ _status: { equals: 'draft' } }, { updatedAt: { less_than: before } }] },
      locale: 'all',
      draft: true,
      depth: 0,
      limit: 200,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
      const titles = doc[title]
      const named =
        typeof titles === 'string'
          ? titles.trim() !== ''
          : Object.values((titles ?? {}) as Record<string, unknown>).some((v) => typeof v === 'string' && v.trim())
      if (named) continue
      // Never published: no published version of it exists.
      const published = await payload.countVersions({
        collection: section,
        where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
        overrideAccess: true,
      })
      if (published.totalDocs > 0) continue
      await payload.delete({
        collection: section,
        id: doc.id,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      removed++
    }
  }
  return removed
}

/** Daily at 04:00 (server time): untitled drafts nobody has touched for a day are removed. */
export const removeEmptyDraftsTask: TaskConfig<{ input: object; output: { removed: number } }> = {
  slug: 'removeEmptyDrafts',
  label: 'Remove untitled drafts nobody has touched for a day',
  schedule: [{ cron: '0 0 4 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { removed: await removeEmptyDrafts(req.payload) } }),
}
