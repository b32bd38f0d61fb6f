import 'server-only'

import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import type { Where } from 'payload'
import { cache } from 'react'

import { isStaffUser } from '@/access/staff'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath, type Section, SECTIONS } from '@/lib/sections'
import type { Case, Event, Industry, Park, Policy } from '@/payload-types'

import { payloadClient } from '@/lib/server/payload'

import { eventTimeWhere } from './eventTime'

import {
  cardPopulate,
  cardSelect,
  type CaseCardDoc,
  type EventCardDoc,
  type NewsCardDoc,
  type ParkCardDoc,
  type PolicyCardDoc,
} from './cardFields'
import { PORTAL_DATA_TAG } from './cacheTags'
import type { FinderIncentive, FinderPark } from './finder'
import { searchPortal } from './search'

/**
 * The portal's data access: the only code that queries Payload for public pages. Every query runs
 * with `overrideAccess: false` and no user, so the public sees what Payload's access rules allow
 * (published documents) and nothing else.
 */
const PUBLIC = { overrideAccess: false, draft: false } as const

/**
 * Shared public reads (site settings, industries, list results, search) are cached across requests
 * in Next's data cache, keyed by their arguments, until content changes: the publish, unpublish and
 * delete hooks revalidate this tag (hooks/revalidatePortal.ts). Time-dependent lists also expire
 * on their own. Wrapped in React `cache()` too, so one render asks once.
 */
const shared = <A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  revalidate: number | false = false,
) => cache(unstable_cache(read, [name], { tags: [PORTAL_DATA_TAG], revalidate }))

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

export const getHome = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'home', locale, depth: 2, overrideAccess: false })
})

export const getIndustries = shared('getIndustries', async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'industries',
    ...PUBLIC,
    locale,
    depth: 1,
    limit: 100,
    pagination: false,
    sort: 'order',
  })
  return docs
})

/** Industries as filter choices: names and slugs only. */
export const getIndustryChoices = shared('getIndustryChoices', async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'industries',
    ...PUBLIC,
    locale,
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'order',
    select: { name: true, slug: true },
  })
  return docs.map((doc) => ({ value: doc.slug as string, label: doc.name }))
})

/**
 * Which localized fields of `shown` are in Chinese because the English is missing: `own` is the
 * same document read without fallback (undefined on Chinese pages, where nothing falls back).
 */
export const fallbackFields = <T extends object>(shown: T, own: Partial<T> | undefined, fields: (keyof T)[]) =>
  new Set(
    own
      ? fields.filter(
          (field) => shown[field] != null && shown[field] !== '' && (own[field] == null || own[field] === ''),
        )
      : [],
  )

/**
 * In draft mode (live preview, turned on by app/next/preview for logged-in staff) the staff
 * member who asked, else nobody: detail pages then show the latest draft, read with that
 * user's access. Outside draft mode pages stay static and read as the public.
 */
export const previewUser = cache(async () => {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? (user ?? undefined) : undefined
})

/** A published document by slug (its latest draft in preview), plus the fields that fell back to Chinese on an English page. */
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
  return { doc: docs[0], own: own?.docs[0] }
}

export const getPark = cache(async (locale: Locale, slug: string) => bySlug('parks', locale, slug, 2))
export const getPolicy = cache(async (locale: Locale, slug: string) => bySlug('policies', locale, slug, 1))
export const getEvent = cache(async (locale: Locale, slug: string) => bySlug('events', locale, slug, 1))
export const getCase = cache(async (locale: Locale, slug: string) => bySlug('cases', locale, slug, 1))
export const getIndustry = cache(async (locale: Locale, slug: string) => bySlug('industries', locale, slug, 1))
export const getNewsItem = cache(async (locale: Locale, slug: string) => bySlug('news', locale, slug, 1))
export const getPage = cache(async (locale: Locale, slug: string) => bySlug('pages', locale, slug, 0))

/** Documents on one page of a list. */
export const PAGE_SIZE = 24

export type ListPage<T> = { docs: T[]; total: number; page: number; pages: number }

/** One page of a section's list, with only the fields its cards show (lib/portal/cardFields.ts). */
async function listPage<S extends keyof typeof cardSelect>(
  collection: S,
  locale: Locale,
  { where, sort, page, limit = PAGE_SIZE }: { where: Where[]; sort: string; page: number; limit?: number },
) {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    ...PUBLIC,
    locale,
    depth: 1,
    limit,
    page,
    sort,
    where: where.length ? { and: where } : undefined,
    select: cardSelect[collection],
    populate: cardPopulate,
  })
  return { docs: result.docs, total: result.totalDocs, page, pages: result.totalPages }
}

/** `field equals value` for each filter that is set, e.g. `{ county: 'county', industry: 'leadIndustries.slug' }`. */
const equalsFilters = (filters: Record<string, string | undefined>, fields: Record<string, string>): Where[] =>
  Object.entries(fields)
    .filter(([key]) => filters[key])
    .map(([key, field]) => ({ [field]: { equals: filters[key] } }))

export type ParkFilters = { industry?: string; county?: string; level?: string }

export const getParks = shared(
  'getParks',
  async (
    locale: Locale,
    filters: ParkFilters,
    page: number,
    limit: number = PAGE_SIZE,
  ): Promise<ListPage<ParkCardDoc>> => {
    return listPage('parks', locale, { where: parkWhere(filters), sort: 'name', page, limit })
  },
)

const parkWhere = (filters: ParkFilters) =>
  equalsFilters(filters, { county: 'county', level: 'level', industry: 'leadIndustries.slug' })

/** Every park of a filtered list (not one page of it) with what the map shows of it. */
export const getParkMarkers = shared('getParkMarkers', async (locale: Locale, filters: ParkFilters) => {
  const payload = await payloadClient()
  const where = parkWhere(filters)
  const { docs } = await payload.find({
    collection: 'parks',
    ...PUBLIC,
    locale,
    depth: 0,
    pagination: false,
    limit: 2000,
    sort: 'name',
    where: where.length ? { and: where } : undefined,
    select: { name: true, slug: true, location: { lat: true, lng: true } },
  })
  return docs.map((doc) => ({ slug: doc.slug, name: doc.name, lat: doc.location?.lat, lng: doc.location?.lng }))
})

export type PolicyFilters = {
  q?: string
  category?: string
  /** A benefit type the policy offers. */
  benefit?: string
  industry?: string
  /** A firmOrigins value: policies open to such firms (or to any). */
  origin?: string
  /** A firm size: policies open to it (or to any size). */
  size?: string
  status?: 'in_force' | 'expired'
}

export const getPolicies = shared(
  'getPolicies',
  async (
    locale: Locale,
    filters: PolicyFilters,
    page: number,
    limit: number = PAGE_SIZE,
  ): Promise<ListPage<PolicyCardDoc>> => {
    const now = new Date().toISOString()
    const where = equalsFilters(filters, {
      category: 'category',
      industry: 'industries.slug',
      benefit: 'benefits.type',
    })
    if (filters.origin) where.push({ firmOrigin: { in: [filters.origin, 'any'] } })
    if (filters.size) {
      // No sizes named: open to every size (collections/Policies.ts stores none as null).
      where.push({
        or: [{ 'eligibility.firmSizes': { in: [filters.size] } }, { 'eligibility.firmSizes': { exists: false } }],
      })
    }
    if (filters.status === 'expired') where.push({ expiryDate: { less_than: now } })
    if (filters.status === 'in_force') {
      where.push({ or: [{ expiryDate: { exists: false } }, { expiryDate: { greater_than_equal: now } }] })
      where.push({ or: [{ effectiveDate: { exists: false } }, { effectiveDate: { less_than_equal: now } }] })
    }
    if (filters.q) {
      where.push({
        or: ['title', 'documentNumber', 'issuer', 'summary'].map((field) => ({ [field]: { like: filters.q } })),
      })
    }
    return listPage('policies', locale, { where, sort: '-effectiveDate', page, limit })
  },
  // "In force" depends on today's date.
  3600,
)

export type EventFilters = { when: 'upcoming' | 'past'; type?: string }

export const getEvents = shared(
  'getEvents',
  async (
    locale: Locale,
    filters: EventFilters,
    page: number,
    limit: number = PAGE_SIZE,
  ): Promise<ListPage<EventCardDoc>> => {
    const where: Where[] = [eventTimeWhere(filters.when === 'past')]
    where.push(...equalsFilters(filters, { type: 'type' }))
    return listPage('events', locale, {
      where,
      sort: filters.when === 'upcoming' ? 'startsAt' : '-startsAt',
      page,
      limit,
    })
  },
  // Upcoming becomes past as time goes by.
  600,
)

export type CaseFilters = { origin?: string; industry?: string }

export const getCasesPage = shared(
  'getCasesPage',
  async (
    locale: Locale,
    filters: CaseFilters,
    page: number,
    limit: number = PAGE_SIZE,
  ): Promise<ListPage<CaseCardDoc>> => {
    const where = equalsFilters(filters, { origin: 'originCity', industry: 'industry.slug' })
    return listPage('cases', locale, { where, sort: '-investmentYear', page, limit })
  },
)

export type NewsFilters = { kind?: string }

export const getNewsPage = shared(
  'getNewsPage',
  async (
    locale: Locale,
    filters: NewsFilters,
    page: number,
    limit: number = PAGE_SIZE,
  ): Promise<ListPage<NewsCardDoc>> =>
    listPage('news', locale, { where: equalsFilters(filters, { kind: 'kind' }), sort: '-date', page, limit }),
)

/** What the feeds list: the latest news by date, policies by their last change, upcoming events by start. */
export const getFeedItems = shared(
  'getFeedItems',
  async (locale: Locale, section: 'news' | 'policies' | 'events') => {
    const payload = await payloadClient()
    const sort = { news: '-date', policies: '-updatedAt', events: 'startsAt' }[section]
    const where: Where | undefined = section === 'events' ? eventTimeWhere(false) : undefined
    const { docs } = await payload.find({ collection: section, ...PUBLIC, locale, depth: 0, limit: 50, sort, where })
    return docs
  },
  // Upcoming events become past as time goes by.
  600,
)

/** Every fixed page and guide, in the order staff gave them (the pages list, the site map). */
export const getPages = shared('getPages', async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    ...PUBLIC,
    locale,
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'order',
    select: cardSelect.pages,
  })
  return docs
})

/** Cases of an industry or a park (their pages show them all). */
export const getCases = shared('getCases', async (locale: Locale, where?: Where, limit: number = 100) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'cases',
    ...PUBLIC,
    locale,
    depth: 1,
    limit,
    pagination: false,
    sort: '-investmentYear',
    where,
    select: cardSelect.cases,
    populate: cardPopulate,
  })
  return docs
})

/**
 * For a list on an English page: which of each document's `fields` are shown in Chinese because
 * the English is missing. One extra query, without fallback; nothing to do on Chinese pages.
 */
export async function untranslated<S extends Section>(
  collection: S,
  locale: Locale,
  docs: { id: number }[],
): Promise<(doc: { id: number } & object) => Set<string>> {
  if (locale === defaultLocale || docs.length === 0) return () => new Set()
  const fields: string[] = [...SECTIONS[collection].translated]
  const own = await ownLanguage(
    collection,
    locale,
    docs.map((doc) => doc.id),
  )
  const byId = new Map(own.map((doc) => [doc.id, doc as object]))
  return (doc) =>
    fallbackFields(doc as Record<string, unknown>, byId.get(doc.id) as Record<string, unknown> | undefined, fields)
}

/** The translated fields of these documents in `locale`, without fallback (for `untranslated`). */
const ownLanguage = shared('ownLanguage', async (collection: Section, locale: Locale, ids: number[]) => {
  const fields: string[] = [...SECTIONS[collection].translated]
  const payload = await payloadClient()
  const { docs: own } = await payload.find({
    collection,
    ...PUBLIC,
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    limit: ids.length,
    where: { id: { in: ids } },
    select: Object.fromEntries(fields.map((field) => [field, true])),
  })
  return own as unknown as ({ id: number } & Record<string, unknown>)[]
})

export const getLatestPolicies = shared('getLatestPolicies', async (locale: Locale, limit: number) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    ...PUBLIC,
    locale,
    depth: 0,
    limit,
    pagination: false,
    sort: '-updatedAt',
    select: cardSelect.policies,
  })
  return docs
})

/** The first parks, policies and cases of one industrial chain, with how many there are of each. */
export const getIndustryContent = cache(async (locale: Locale, industrySlug: string, limit: number) => {
  const filters = { industry: industrySlug }
  const [parks, policies, cases] = await Promise.all([
    getParks(locale, filters, 1, limit),
    getPolicies(locale, filters, 1, limit),
    getCasesPage(locale, filters, 1, limit),
  ])
  return { parks, policies, cases }
})

/** Cases that settled in a park. */
export const getParkCases = cache(async (locale: Locale, parkId: number) =>
  getCases(locale, { park: { equals: parkId } }),
)

/** An incentive as the finder and the park comparison show it. */
export type IncentiveDoc = FinderIncentive & {
  summary?: string | null
  benefits: { type?: string | null; text: string }[]
}
/** A park as the finder shows it. */
export type FinderParkDoc = FinderPark & {
  summary?: string | null
  level?: string | null
  lat?: number | null
  lng?: number | null
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
        },
        populate: { industries: { slug: true } },
      }),
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
      })),
    }
  },
  // Whether an incentive is in force depends on today's date.
  3600,
)

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
    select: {
      name: true,
      slug: true,
      county: true,
      level: true,
      plannedArea: true,
      builtArea: true,
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

/** Search results (lib/portal/search.ts), cached like the lists until content changes. */
export const getSearch = shared(
  'search',
  async (locale: Locale, query: string, section: Section | undefined, page: number) =>
    searchPortal(locale, query, { section, page }),
)

export type { Case, Event, Industry, Park, Policy }
