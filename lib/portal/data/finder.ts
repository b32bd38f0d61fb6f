import 'server-only'

import type { Locale } from '@/i18n/locales'
import { cardSelect } from '@/lib/portal/cardFields'
import { isSample } from '@/lib/portal/samples'
import { payloadClient } from '@/lib/server/payload'

import type { FinderIncentive, FinderPark } from '../finder'

import { untranslated } from './lists'
import { PUBLIC, shared } from './read'

/** An incentive as the finder and the park comparison show it. */
export type IncentiveDoc = FinderIncentive & {
  summary?: string | null
  benefits: { type?: string | null; text: string }[]
  /** Fields shown in Chinese because the page's language has none (`untranslated`). */
  inChinese: string[]
}
/** A park as the finder shows it. */
export type FinderParkDoc = FinderPark & {
  summary?: string | null
  level?: string | null
  lat?: number | null
  lng?: number | null
  /** Fields shown in Chinese because the page's language has none (`untranslated`). */
  inChinese: string[]
}

const slugOf = (value: unknown) => (typeof value === 'object' && value ? ((value as { slug?: string }).slug ?? '') : '')

/**
 * What the policy finder and the park comparison match against: every published policy with at
 * least one typed benefit (an incentive), and every park, with only the fields the matching
 * (lib/portal/finder.ts) and the result cards need.
 */
export const getFinderData = shared(
  'getFinderData',
  async (locale: Locale): Promise<{ incentives: IncentiveDoc[]; parks: FinderParkDoc[] }> => {
    const payload = await payloadClient()
    const [policies, parks] = await Promise.all([
      payload.find({
        collection: 'policies',
        ...PUBLIC,
        locale,
        depth: 1,
        pagination: false,
        limit: 5000,
        where: { 'benefits.type': { exists: true } },
        select: {
          title: true,
          slug: true,
          summary: true,
          industries: true,
          firmOrigin: true,
          minimumInvestment: true,
          eligibility: true,
          benefits: true,
          effectiveDate: true,
          expiryDate: true,
        },
        populate: { industries: { slug: true }, parks: { slug: true } },
      }),
      payload.find({
        collection: 'parks',
        ...PUBLIC,
        locale,
        depth: 1,
        pagination: false,
        limit: 5000,
        sort: 'name',
        select: {
          name: true,
          slug: true,
          county: true,
          level: true,
          summary: true,
          leadIndustries: true,
          sites: true,
          location: { lat: true, lng: true },
          sampleFacts: true,
        },
        populate: { industries: { slug: true } },
      }),
    ])
    const [policyFallbacks, parkFallbacks] = await Promise.all([
      untranslated('policies', locale, policies.docs),
      untranslated('parks', locale, parks.docs),
    ])
    return {
      incentives: policies.docs.map((doc) => ({
        slug: doc.slug,
        title: doc.title,
        summary: doc.summary,
        industries: (doc.industries ?? []).map(slugOf),
        firmOrigin: doc.firmOrigin ?? [],
        minimumInvestment: doc.minimumInvestment,
        firmSizes: doc.eligibility?.firmSizes ?? [],
        projectTypes: doc.eligibility?.projectTypes ?? [],
        minimumJobs: doc.eligibility?.minimumJobs,
        minimumRevenue: doc.eligibility?.minimumRevenue,
        parks: (doc.eligibility?.parks ?? []).map(slugOf),
        counties: doc.eligibility?.counties ?? [],
        benefits: (doc.benefits ?? []).map(({ type, text }) => ({ type, text })),
        benefitTypes: [...new Set((doc.benefits ?? []).flatMap((b) => (b.type ? [b.type] : [])))],
        effectiveDate: doc.effectiveDate,
        expiryDate: doc.expiryDate,
        inChinese: [...policyFallbacks(doc)],
      })),
      parks: parks.docs.map((doc) => ({
        slug: doc.slug,
        name: doc.name,
        summary: doc.summary,
        level: doc.level,
        county: doc.county,
        industries: (doc.leadIndustries ?? []).map(slugOf),
        siteKinds: [...new Set((doc.sites ?? []).filter((s) => s.status !== 'reserved').map((s) => s.kind))],
        lat: doc.location?.lat,
        lng: doc.location?.lng,
        approximate: isSample(doc, 'location'),
        inChinese: [...parkFallbacks(doc)],
      })),
    }
  },
  // Whether an incentive is in force depends on today's date.
  3600,
)

/** A park as the comparison reads it. */
export type ComparedPark = Awaited<ReturnType<typeof getParksBySlug>>[number]

/** Parks by slug with what the comparison shows of them, in the order asked. */
export const getParksBySlug = shared('getParksBySlug', async (locale: Locale, slugs: string[]) => {
  if (slugs.length === 0) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'parks',
    ...PUBLIC,
    locale,
    depth: 1,
    pagination: false,
    limit: slugs.length,
    where: { slug: { in: slugs } },
    // What a park's card shows, and what the comparison adds.
    select: {
      ...cardSelect.parks,
      leadIndustries: true,
      costs: true,
      sites: true,
      logistics: true,
      contact: true,
      dataNote: true,
    },
    populate: { industries: { name: true, slug: true } },
  })
  return slugs.flatMap((slug) => docs.filter((doc) => doc.slug === slug))
})
