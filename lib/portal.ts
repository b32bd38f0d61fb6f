import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'

/**
 * The portal's data access: the only code that queries Payload for public pages. Every query runs
 * with `overrideAccess: false`, so the public sees what Payload's access rules allow and nothing else.
 */
export const getSiteSettings = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
})

export const getHome = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'home', locale, depth: 2, overrideAccess: false })
})

export const getIndustries = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'industries',
    locale,
    depth: 0,
    limit: 50,
    overrideAccess: false,
    select: { name: true, slug: true, description: true },
    sort: 'order',
  })
  return docs
})
