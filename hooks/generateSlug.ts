import type { CollectionSlug, FieldHook, Where } from 'payload'

import { slugify } from '@/lib/schema/slug'

/**
 * Keeps an editor's slug (normalised), or makes one from the title of the locale being written:
 * the English title as it is, a Chinese one as pinyin. A generated slug that is taken gets a
 * numeric suffix; a slug typed by hand that is taken is refused by the unique index instead.
 */
export const generateSlug =
  (sourceField: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value) || value
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug

    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const base = typeof source === 'string' ? slugify(source) : ''
    if (!base || !collection) return value

    for (let n = 1; n < 100; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const where: Where = { slug: { equals: candidate } }
      if (originalDoc?.id) where.id = { not_equals: originalDoc.id }
      const taken = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where,
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }
