import 'server-only'

import { notFound, permanentRedirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { SLUG_PATTERN } from '@/lib/schema/slug'
import { documentPath, type Section } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

import { PUBLIC } from './data/read'

/**
 * A document page whose slug finds nothing: a permanent redirect when the slug is one a published
 * document had before an editor changed it (collections/Redirects.ts), otherwise not found.
 * Anything that is not a slug is not looked up.
 */
export async function notFoundOrMoved(section: Section, locale: Locale, slug: string): Promise<never> {
  const decoded = safeDecode(slug)
  if (decoded && SLUG_PATTERN.test(decoded)) {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'redirects',
      ...PUBLIC,
      where: { and: [{ section: { equals: section } }, { from: { equals: decoded } }] },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const to = docs[0]?.to
    if (to) permanentRedirect(documentPath(section, to, locale))
  }
  notFound()
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
