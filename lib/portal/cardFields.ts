import type { Section } from '@/lib/sections'
import type { Case, Event, News, Page, Park, Policy, Project } from '@/payload-types'

/**
 * The fields each card shows (components/cards.tsx, the events list), and nothing else: lists read
 * these with `select`, and the related documents they show with `populate`, so a list of 24 parks
 * does not carry 24 rich-text bodies.
 */
export const cardSelect = {
  parks: {
    name: true,
    slug: true,
    county: true,
    level: true,
    plannedArea: true,
    builtArea: true,
    heroImage: true,
    summary: true,
    sampleFacts: true,
  },
  policies: {
    title: true,
    slug: true,
    documentNumber: true,
    issuer: true,
    category: true,
    summary: true,
    // `validity` is worked out from the dates when read.
    effectiveDate: true,
    expiryDate: true,
    validity: true,
  },
  events: {
    title: true,
    slug: true,
    type: true,
    startsAt: true,
    dateOnly: true,
    city: true,
    summary: true,
    cover: true,
  },
  cases: {
    companyName: true,
    slug: true,
    originCity: true,
    industry: true,
    investmentAmount: true,
    investmentYear: true,
    summary: true,
    logo: true,
    sampleFacts: true,
  },
  projects: {
    title: true,
    slug: true,
    sample: true,
    industry: true,
    county: true,
    totalInvestment: true,
    investmentSought: true,
    mode: true,
    stage: true,
    validUntil: true,
    summary: true,
  },
  news: { title: true, slug: true, kind: true, date: true, summary: true, cover: true },
  pages: { title: true, slug: true, kind: true, summary: true },
} as const satisfies Partial<Record<Section, Record<string, true>>>

/** What a card needs of the documents its document refers to: an image, an industry's name. */
export const cardPopulate = {
  media: { url: true, alt: true, mimeType: true, width: true, height: true, sizes: true },
  industries: { name: true, slug: true },
} as const

type Card<T, S extends keyof typeof cardSelect> = Pick<T, Extract<'id' | keyof (typeof cardSelect)[S], keyof T>>

export type ParkCardDoc = Card<Park, 'parks'>
export type PolicyCardDoc = Card<Policy, 'policies'>
export type EventCardDoc = Card<Event, 'events'>
export type CaseCardDoc = Card<Case, 'cases'>
export type NewsCardDoc = Card<News, 'news'>
export type ProjectCardDoc = Card<Project, 'projects'>
export type PageCardDoc = Card<Page, 'pages'>
