/**
 * The one registry of the portal's public content sections. Everything that needs to know which
 * sections exist, or a fact about one of them, reads it here: the Payload config (live preview),
 * the proxy (filtered lists), the header, the sitemap, search, the translation tracking and the
 * admin dashboard, the enquiry form's subjects and every portal link to a document.
 *
 * Pure data and small functions, no Payload or React: the proxy and client components import it.
 * Adding a section means one record here, its collection, and its pages (list and detail).
 */
import type { Locale } from '@/i18n/locales'
import type messages from '@/messages/zh.json'

type SectionRecord = {
  /** next-intl namespace of the section's pages (its `title` names the section in the header and search). */
  messages: keyof typeof messages
  /** The field that names a document (list cards, search results, dashboard rows, enquiry subjects). */
  titleField: string
  /**
   * Localized fields each language needs before a document counts as translated: the publish check,
   * the admin's translation column and dashboard, and the "Chinese only" marks on its pages.
   */
  translated: readonly string[]
  /** The field that says in a sentence what a document is (the intro under its title, meta description). */
  summaryField: string
  /** Query parameters its list understands; a list URL with any of them is a filtered (dynamic) list. */
  filters: readonly string[]
  /** Fields searched for a visitor's query (the first is the title). */
  searchFields: readonly string[]
  /** schema.org type of its detail pages. */
  jsonLd: 'Place' | 'Legislation' | 'Event' | 'Article' | 'NewsArticle' | 'WebPage' | 'Thing'
  /** Whether the header's navigation lists it (fixed texts are reached from the footer instead). */
  nav: boolean
  /** Whether an enquiry can be about one of its documents (the form at the foot of its pages). */
  enquiry: boolean
  /** Whether staff re-check its documents against their source (`lastVerified`; dashboard). */
  verified: boolean
  /** Whether staff import and export its documents as spreadsheets (lib/spreadsheets/). */
  spreadsheet: boolean
}

export const SECTIONS = {
  parks: {
    messages: 'Parks',
    titleField: 'name',
    summaryField: 'summary',
    translated: ['name', 'summary', 'body'],
    filters: ['industry', 'county', 'level'],
    searchFields: ['name', 'summary', 'location.address'],
    jsonLd: 'Place',
    enquiry: true,
    verified: true,
    spreadsheet: true,
    nav: true,
  },
  policies: {
    messages: 'Policies',
    titleField: 'title',
    summaryField: 'summary',
    translated: ['title', 'summary', 'body', 'issuer'],
    filters: ['q', 'category', 'benefit', 'industry', 'origin', 'size', 'status'],
    searchFields: ['title', 'documentNumber', 'issuer', 'summary'],
    jsonLd: 'Legislation',
    enquiry: true,
    verified: true,
    spreadsheet: true,
    nav: true,
  },
  events: {
    messages: 'Events',
    titleField: 'title',
    summaryField: 'summary',
    translated: ['title', 'summary', 'body', 'venue', 'city'],
    filters: ['when', 'type'],
    searchFields: ['title', 'summary', 'city', 'venue'],
    jsonLd: 'Event',
    enquiry: false,
    verified: false,
    spreadsheet: true,
    nav: true,
  },
  cases: {
    messages: 'Cases',
    titleField: 'companyName',
    summaryField: 'summary',
    translated: ['companyName', 'summary', 'story'],
    filters: ['origin', 'industry'],
    searchFields: ['companyName', 'summary'],
    jsonLd: 'Article',
    enquiry: true,
    verified: false,
    spreadsheet: true,
    nav: true,
  },
  projects: {
    messages: 'Projects',
    titleField: 'title',
    summaryField: 'summary',
    translated: ['title', 'summary', 'body', 'approvals'],
    filters: ['industry', 'county', 'size', 'mode'],
    searchFields: ['title', 'summary'],
    jsonLd: 'Thing',
    enquiry: true,
    verified: false,
    spreadsheet: false,
    nav: true,
  },
  industries: {
    messages: 'Industries',
    titleField: 'name',
    summaryField: 'description',
    translated: ['name', 'description'],
    filters: [],
    searchFields: ['name', 'description'],
    jsonLd: 'Thing',
    enquiry: false,
    verified: false,
    spreadsheet: false,
    nav: true,
  },
  news: {
    messages: 'News',
    titleField: 'title',
    summaryField: 'summary',
    translated: ['title', 'summary', 'body'],
    filters: ['kind'],
    searchFields: ['title', 'summary', 'source'],
    jsonLd: 'NewsArticle',
    enquiry: false,
    verified: false,
    spreadsheet: false,
    nav: true,
  },
  pages: {
    messages: 'Pages',
    titleField: 'title',
    summaryField: 'summary',
    translated: ['title', 'body'],
    filters: [],
    searchFields: ['title', 'summary'],
    jsonLd: 'WebPage',
    enquiry: false,
    verified: false,
    spreadsheet: false,
    nav: false,
  },
} as const satisfies Record<string, SectionRecord>

/** A section's key: also its Payload collection slug and its URL segment (`/zh/parks`). */
export type Section = keyof typeof SECTIONS

/** The sections in navigation order. */
export const sections = Object.keys(SECTIONS) as Section[]

export const isSection = (value: unknown): value is Section => typeof value === 'string' && value in SECTIONS

/** The query parameter of a list's page number (`?page=2`); page 1 has none. */
export const PAGE_PARAM = 'page'

/** A list's filters as its URL gives them: one optional text per filter its record names. */
export type SectionFilters<S extends Section> = Partial<Record<(typeof SECTIONS)[S]['filters'][number], string>>

/** Sections whose list has filters (served by the dynamic results route when a filter is set). */
export type FilterSection = { [S in Section]: (typeof SECTIONS)[S]['filters'] extends readonly [] ? never : S }[Section]

export const isFilterSection = (value: unknown): value is FilterSection =>
  isSection(value) && SECTIONS[value].filters.length > 0

/** The sections of the header's navigation, in order. */
export const navSections = sections.filter((s) => SECTIONS[s].nav)

/** Sections an enquiry can be about. */
export type EnquirySubject = { [S in Section]: (typeof SECTIONS)[S]['enquiry'] extends true ? S : never }[Section]

export const enquirySections = sections.filter((s): s is EnquirySubject => SECTIONS[s].enquiry)

/** Sections staff import and export as spreadsheets. */
export const spreadsheetSections = sections.filter((s) => SECTIONS[s].spreadsheet)

/** Sections whose documents carry a "last verified" date. */
export const verifiedSections = sections.filter((s) => SECTIONS[s].verified)

const prefix = (locale: Locale | undefined) => (locale ? `/${locale}` : '')

/** A section's list: `/parks`, or with a locale `/en/parks`. */
export const sectionPath = (section: Section, locale?: Locale) => `${prefix(locale)}/${section}`

/**
 * A document's page: `/parks/longnan-etdz`, or with a locale `/en/parks/longnan-etdz`. Without a
 * locale it is the path the portal's `Link` and `pageMetadata` prefix with the page's locale.
 */
export const documentPath = (section: Section, slug: string, locale?: Locale) =>
  `${sectionPath(section, locale)}/${slug}`

/** The policy finder (its answers in the query: lib/portal/finder.ts). */
export const finderPath = (locale?: Locale) => `${prefix(locale)}/finder`

/** Where an enquirer looks up their enquiry's status by reference and email (lib/enquiries/status.ts). */
export const enquiryStatusPath = (locale?: Locale) => `${prefix(locale)}/contact/status`

/** The setup guide (投资落户指南): the steps for one kind of investment (lib/schema/options.ts setupRoutes), a new company when none is given. */
export const setupPath = (route?: string, locale?: Locale) =>
  `${prefix(locale)}/setup${route && route !== 'company' ? `/${route}` : ''}`

/** Help for firms already invested (已投资企业服务): the aftercare request form and this year's requests by problem. */
export const aftercarePath = (locale?: Locale) => `${prefix(locale)}/aftercare`

/** The open data: datasets to download (开放数据). */
export const dataPath = (locale?: Locale) => `${prefix(locale)}/data`

/** The list of every page of the portal (网站地图). */
export const siteMapPath = (locale?: Locale) => `${prefix(locale)}/site-map`

/** The comparison of parks, `/parks/compare?parks=a,b`, with those parks when given. */
export const comparePath = (slugs: string[] = [], locale?: Locale) =>
  `${sectionPath('parks', locale)}/compare${slugs.length ? `?parks=${slugs.map(encodeURIComponent).join(',')}` : ''}`
