import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isSection, type Section } from '@/lib/sections'
import { inRequest } from '@/lib/server/inRequest'

type Live = { id: number | string; slug?: string | null; _status?: string | null }

/**
 * When a publish changes the slug a document is live under, its old address redirects to the new
 * one (collections/Redirects.ts). Read before the write: a draft saved after the last publish
 * (Payload keeps drafts in the versions, not in the live record) may already carry the new slug.
 * In the publish's transaction, so a publish that fails records nothing.
 */
export const recordRedirect: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const to = data.slug
  if (operation !== 'update' || data._status !== 'published' || typeof to !== 'string' || !to) return data
  if (!isSection(collection.slug) || originalDoc?.id == null) return data
  const live = await req.payload.db.findOne<Live>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  const from = live?._status === 'published' ? live.slug : undefined
  const section = collection.slug
  if (from && from !== to) await inRequest(req, (req) => moveRedirects(req, section, from, to))
  return data
}

async function moveRedirects(req: PayloadRequest, section: Section, from: string, to: string) {
  const common = { collection: 'redirects', overrideAccess: true, req } as const
  // The new address is this document's now, whatever it led to before; the old one is this
  // document's redirect only.
  await req.payload.delete({
    ...common,
    where: { and: [{ section: { equals: section } }, { from: { in: [from, to] } }] },
  })
  // Addresses it had before that lead straight to the new one, not through the old.
  await req.payload.update({
    ...common,
    where: { and: [{ section: { equals: section } }, { to: { equals: from } }] },
    data: { to },
  })
  await req.payload.create({ ...common, data: { section, from, to } })
}
