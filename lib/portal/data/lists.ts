import 'server-only'

import type { Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { type Section, SECTIONS, type SectionFilters } from '@/lib/sections'
import { isSample } from '@/lib/portal/samples'
import { payloadClient } from '@/lib/server/payload'

import {
  cardPopulate,
  cardSelect,
  type CaseCardDoc,
  type EventCardDoc,
  type NewsCardDoc,
  type ParkCardDoc,
  type PolicyCardDoc,
  type ProjectCardDoc,
} from '../cardFields'
import { eventTimeWhere } from '../eventTime'
import { beijingDay } from '../format'
import { investmentBounds } from '../finder'

import { fallbackFields, PUBLIC, shared } from './read'

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

export type ParkFilters = SectionFilters<'parks'>

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
    select: { name: true, slug: true, location: { lat: true, lng: true }, sampleFacts: true },
  })
  return docs.map((doc) => ({
    slug: doc.slug,
    name: doc.name,
    lat: doc.location?.lat,
    lng: doc.location?.lng,
    approximate: isSample(doc, 'location'),
  }))
})

/**
 * `benefit`: a benefit type the policy offers; `origin` (a firmOrigins value) and `size`: policies
 * open to such firms, or to any; `status`: in force today or expired.
 */
export type PolicyFilters = Omit<SectionFilters<'policies'>, 'status'> & { status?: 'in_force' | 'expired' }

function policyWhere(filters: PolicyFilters): Where[] {
  const now = new Date().toISOString()
  const where = equalsFilters(filters, { category: 'category', industry: 'industries.slug', benefit: 'benefits.type' })
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
  if (filters.q) where.push({ or: SECTIONS.policies.searchFields.map((field) => ({ [field]: { like: filters.q } })) })
  return where
}

/** `when` is always set: the list's tab (upcoming by default). */
export type EventFilters = Omit<SectionFilters<'events'>, 'when'> & { when: 'upcoming' | 'past' }
export type CaseFilters = SectionFilters<'cases'>
export type NewsFilters = SectionFilters<'news'>
/** `size`: a range of total investment (investmentRanges); `mode`: one of the cooperation modes offered. */
export type ProjectFilters = SectionFilters<'projects'>

/** Projects still open: no end date, or one today or later (an expired one stays readable by its address). */
export const openProjectWhere = (): Where => ({
  or: [{ validUntil: { exists: false } }, { validUntil: { greater_than_equal: beijingDayStart() } }],
})

/** The start of today in Beijing, as an instant: a project valid until today is still open all day. */
const beijingDayStart = () => new Date(`${beijingDay(new Date().toISOString())}T00:00:00+08:00`).toISOString()

function projectWhere(filters: ProjectFilters): Where[] {
  const where = [openProjectWhere(), ...equalsFilters(filters, { county: 'county', industry: 'industry.slug' })]
  if (filters.mode) where.push({ mode: { in: [filters.mode] } })
  const range = filters.size ? investmentBounds(filters.size) : undefined
  // A size that is no range (a made-up query) matches nothing rather than everything.
  if (filters.size && !range) where.push({ id: { exists: false } })
  if (range) {
    where.push({ totalInvestment: { greater_than_equal: range[0] } })
    if (Number.isFinite(range[1])) where.push({ totalInvestment: { less_than: range[1] } })
  }
  return where
}

type Listed = 'parks' | 'policies' | 'events' | 'cases' | 'news' | 'projects'
type Filters = {
  parks: ParkFilters
  policies: PolicyFilters
  events: EventFilters
  cases: CaseFilters
  news: NewsFilters
  projects: ProjectFilters
}
type Cards = {
  parks: ParkCardDoc
  policies: PolicyCardDoc
  events: EventCardDoc
  cases: CaseCardDoc
  news: NewsCardDoc
  projects: ProjectCardDoc
}

/**
 * How each section's list is read: its filters as conditions, its order, and for how many seconds a
 * cached page holds when its answer depends on the date (otherwise until a publish changes it).
 */
const LISTS: {
  [S in Listed]: { where: (filters: Filters[S]) => Where[]; sort: (filters: Filters[S]) => string; revalidate?: number }
} = {
  parks: { where: parkWhere, sort: () => 'name' },
  // "In force" depends on today's date.
  policies: { where: policyWhere, sort: () => '-effectiveDate', revalidate: 3600 },
  events: {
    where: (filters) => [eventTimeWhere(filters.when === 'past'), ...equalsFilters(filters, { type: 'type' })],
    sort: (filters) => (filters.when === 'upcoming' ? 'startsAt' : '-startsAt'),
    // Upcoming becomes past as time goes by.
    revalidate: 600,
  },
  cases: {
    where: (filters) => equalsFilters(filters, { origin: 'originCity', industry: 'industry.slug' }),
    sort: () => '-investmentYear',
  },
  news: { where: (filters) => equalsFilters(filters, { kind: 'kind' }), sort: () => '-date' },
  // Largest first; a project leaves the list the day after its `validUntil`.
  projects: { where: projectWhere, sort: () => '-totalInvestment', revalidate: 3600 },
}

/** One page of a section's list as its cards show it, read through the section's entry in LISTS. */
const listReader = <S extends Listed>(section: S) =>
  shared(
    `list:${section}`,
    async (locale: Locale, filters: Filters[S], page: number, limit: number = PAGE_SIZE) =>
      (await listPage(section, locale, {
        where: LISTS[section].where(filters),
        sort: LISTS[section].sort(filters),
        page,
        limit,
      })) as ListPage<Cards[S]>,
    LISTS[section].revalidate ?? false,
  )

export const getParks = listReader('parks')
export const getPolicies = listReader('policies')
export const getEvents = listReader('events')
export const getCasesPage = listReader('cases')
export const getNewsPage = listReader('news')
export const getProjectsPage = listReader('projects')

/**
 * What the feeds list: the latest news by date, policies by their last change, upcoming events by
 * start, open projects newest first.
 */
export const getFeedItems = shared(
  'getFeedItems',
  async (locale: Locale, section: 'news' | 'policies' | 'events' | 'projects') => {
    const payload = await payloadClient()
    const sort = { news: '-date', policies: '-updatedAt', events: 'startsAt', projects: '-createdAt' }[section]
    const where: Where | undefined =
      section === 'events' ? eventTimeWhere(false) : section === 'projects' ? openProjectWhere() : undefined
    const { docs } = await payload.find({ collection: section, ...PUBLIC, locale, depth: 0, limit: 50, sort, where })
    return docs
  },
  // Upcoming events become past as time goes by.
  600,
)

/**
 * For a list on an English page: which of each document's `fields` are shown in Chinese because
 * the English is missing. One extra query, without fallback; nothing to do on Chinese pages.
 */
export async function untranslated<S extends Section>(
  collection: S,
  locale: Locale,
  docs: { id: number }[],
): Promise<(doc: { id: number } & object) => ReadonlySet<string>> {
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
