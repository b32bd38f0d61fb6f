import 'server-only'

import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Section } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

import { cardPopulate, cardSelect } from '../cardFields'
import { searchPortal } from '../search'

import { getCasesPage, getParks, getPolicies } from './lists'
import { PUBLIC, shared } from './read'

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

/** Search results (lib/portal/search.ts), cached like the lists until content changes. */
export const getSearch = shared(
  'search',
  async (locale: Locale, query: string, section: Section | undefined, page: number) =>
    searchPortal(locale, query, { section, page }),
)

/** The sector team that handles an industry, with its members' public contacts (the first made, if several). */
export const getIndustryTeam = shared('getIndustryTeam', async (locale: Locale, industryId: number) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'teams',
    ...PUBLIC,
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    sort: 'createdAt',
    where: { industries: { in: [industryId] } },
    select: { name: true, officers: true, sample: true },
  })
  return docs[0]
})
