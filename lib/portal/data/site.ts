import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { aftercareCategories } from '@/lib/schema/options'
import { documentPath } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

import { cardSelect } from '../cardFields'

import { PUBLIC, shared } from './read'

export const getSiteSettings = shared('getSiteSettings', async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale,
    depth: 1,
    overrideAccess: false,
    // The pages the footer and the consent boxes link to: their title and address only.
    populate: { pages: { title: true, slug: true } },
  })
})

/** The address of a page site settings point to (`settings.pages.privacy` …), when it is published. */
export const settingsPagePath = (page: number | { slug?: string | null } | null | undefined) =>
  page && typeof page === 'object' && page.slug ? documentPath('pages', page.slug) : undefined

/** The setup guide as published (globals/SetupGuide.ts). */
export const getSetupGuide = shared('getSetupGuide', async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'setup-guide', locale, depth: 0, overrideAccess: false })
})

/**
 * How many aftercare requests arrived in `year`, per problem category: numbers only, for the
 * aftercare page's chart. Enquiries are private, so this counts without the reader's access — the
 * one public read that does, and it returns counts and nothing of any request. Cached for an hour
 * with the page.
 */
export const getAftercareCounts = shared('getAftercareCounts', async (year: number) => {
  const payload = await payloadClient()
  const counts = await Promise.all(
    aftercareCategories.map(async ({ value }) => {
      const { totalDocs } = await payload.count({
        collection: 'enquiries',
        overrideAccess: true,
        where: {
          and: [
            { kind: { equals: 'aftercare' } },
            { aftercareCategory: { equals: value } },
            { createdAt: { greater_than_equal: `${year}-01-01T00:00:00.000+08:00` } },
            { createdAt: { less_than: `${year + 1}-01-01T00:00:00.000+08:00` } },
          ],
        },
      })
      return { category: value, count: totalDocs }
    }),
  )
  return counts
})

export const getHome = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'home', locale, depth: 2, overrideAccess: false })
})

/** Every published document of a short, staff-ordered collection (industries, pages), in their order. */
async function inOrder<C extends 'industries' | 'pages', S extends Record<string, true> | undefined>(
  collection: C,
  locale: Locale,
  { depth, select }: { depth: number; select?: S },
) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    ...PUBLIC,
    locale,
    depth,
    limit: 100,
    pagination: false,
    sort: 'order',
    ...(select ? { select } : {}),
  })
  return docs
}

export const getIndustries = shared('getIndustries', (locale: Locale) => inOrder('industries', locale, { depth: 1 }))

/** Industries as filter choices: names and slugs only. */
export const getIndustryChoices = shared('getIndustryChoices', async (locale: Locale) =>
  (await inOrder('industries', locale, { depth: 0, select: { name: true, slug: true } })).map((doc) => ({
    value: doc.slug as string,
    label: doc.name,
  })),
)

/** Every fixed page and guide, in the order staff gave them (the pages list, the site map). */
export const getPages = shared('getPages', (locale: Locale) =>
  inOrder('pages', locale, { depth: 0, select: cardSelect.pages }),
)
