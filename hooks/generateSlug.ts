import type { CollectionSlug, FieldHook, PayloadRequest, Where } from 'payload'

import { slugify } from '@/lib/schema/slug'
import { inRequest } from '@/lib/server/inRequest'

type SlugState = { id?: number | string; slug?: string | null; slugByHand?: boolean | null; _status?: string | null }

/**
 * The slug an editor controls (issue 29):
 * - typed by hand (or changed): kept, normalised, and marked `slugByHand`;
 * - left empty or untouched while the document has never been published: proposed again on every
 *   save from the English title when there is one, the pinyin of the Chinese one otherwise, so a
 *   draft begun in Chinese gets its English address once its English title is written;
 * - once published, it stays; an editor who changes it then leaves a redirect from the old one
 *   (lib/redirects.ts, after the publish).
 * A proposed slug that is taken gets a numeric suffix; a typed one that is taken is refused by the
 * unique index instead.
 */
export const generateSlug =
  (sourceField: string): FieldHook =>
  async ({ collection, data, originalDoc, req, siblingData, value }) => {
    const before = originalDoc as SlugState | undefined
    // `undefined`: the save does not name the slug (a partial update); '': the editor cleared it.
    const given = value == null ? undefined : String(value).trim()
    const typed = given ? slugify(given) || given : ''
    if (typed && typed !== before?.slug) {
      siblingData.slugByHand = true
      return typed
    }
    if (given === '') siblingData.slugByHand = false
    const current = typed || before?.slug
    if (current && given !== '' && (before?.slugByHand || (await everPublished(req, collection?.slug, before)))) {
      return current
    }
    if (!collection) return value

    const english =
      req.locale === 'en' && data && sourceField in data
        ? data[sourceField]
        : before?.id != null
          ? await englishSource(req, collection.slug as CollectionSlug, before.id, sourceField)
          : undefined
    const source =
      (typeof english === 'string' && english.trim() && english) ||
      data?.[sourceField] ||
      (originalDoc as Record<string, unknown> | undefined)?.[sourceField]
    const base = typeof source === 'string' ? slugify(source) : ''
    if (!base) return current || value

    for (let n = 1; n < 100; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if (candidate === before?.slug) return candidate
      const where: Where = { slug: { equals: candidate } }
      if (before?.id != null) where.id = { not_equals: before.id }
      const taken = await req.payload.count({ collection: collection.slug as CollectionSlug, where, req })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

/** Whether the document has been published at some point (its main record, or any version). */
async function everPublished(req: PayloadRequest, collection: string | undefined, doc: SlugState | undefined) {
  if (doc?._status === 'published') return true
  if (!collection || doc?.id == null) return false
  const { totalDocs } = await inRequest(req, (req) =>
    req.payload.countVersions({
      collection: collection as CollectionSlug,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      req,
    }),
  )
  return totalDocs > 0
}

/** The saved English title of a document being written in another language, when it has one. */
async function englishSource(req: PayloadRequest, collection: CollectionSlug, id: number | string, field: string) {
  const doc = await inRequest(req, (req) =>
    req.payload.findByID({
      collection,
      id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      req,
      disableErrors: true,
    }),
  ).catch(() => null)
  return (doc as Record<string, unknown> | null)?.[field]
}
