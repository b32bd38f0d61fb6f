import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Section } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

import { PORTAL_DATA_TAG, seatsTag } from '../cacheTags'

import { fallbackFields, previewUser, PUBLIC } from './read'

/**
 * A published document by slug (its latest draft in preview), and the fields of it shown in Chinese
 * because the page's language has none (`fallback`: each is marked `lang` on the page).
 */
async function bySlug<S extends Section>(collection: S, locale: Locale, slug: string, depth: number) {
  const payload = await payloadClient()
  const where: Where = { slug: { equals: slug } }
  const user = await previewUser()
  const access = user ? { overrideAccess: false, draft: true, user } : PUBLIC
  const [{ docs }, own] = await Promise.all([
    payload.find({ collection, ...access, locale, depth, limit: 1, pagination: false, where }),
    locale === defaultLocale
      ? Promise.resolve(undefined)
      : payload.find({
          collection,
          ...access,
          locale,
          fallbackLocale: false,
          depth: 0,
          limit: 1,
          pagination: false,
          where,
        }),
  ])
  const doc = docs[0]
  return { doc, fallback: doc ? fallbackFields(doc, own?.docs[0]) : new Set<never>() }
}

export const getPark = cache(async (locale: Locale, slug: string) => bySlug('parks', locale, slug, 2))
export const getPolicy = cache(async (locale: Locale, slug: string) => bySlug('policies', locale, slug, 1))
export const getEvent = cache(async (locale: Locale, slug: string) => bySlug('events', locale, slug, 1))
export const getCase = cache(async (locale: Locale, slug: string) => bySlug('cases', locale, slug, 1))
export const getProject = cache(async (locale: Locale, slug: string) => bySlug('projects', locale, slug, 1))
export const getIndustry = cache(async (locale: Locale, slug: string) => bySlug('industries', locale, slug, 1))
export const getNewsItem = cache(async (locale: Locale, slug: string) => bySlug('news', locale, slug, 1))
export const getPage = cache(async (locale: Locale, slug: string) => bySlug('pages', locale, slug, 0))

/**
 * How many places of a published event are taken (0 before anyone signs up), cached until a
 * sign-up or cancellation changes it (lib/registrations/seats.ts revalidates `seatsTag`).
 */
export const getPlacesTaken = (eventId: number) =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'event-seats',
        ...PUBLIC,
        where: { event: { equals: eventId } },
        depth: 0,
        limit: 1,
        pagination: false,
      })
      return docs[0]?.taken ?? 0
    },
    ['placesTaken', String(eventId)],
    { tags: [PORTAL_DATA_TAG, seatsTag(eventId)] },
  )()
