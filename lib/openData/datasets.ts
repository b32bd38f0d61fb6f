import 'server-only'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { PUBLIC } from '@/lib/portal/data/read'
import { siteUrl } from '@/lib/portal/seo'
import {
  areaUnits,
  benefitTypes,
  cooperationModes,
  counties,
  eventTypes,
  landStatuses,
  optionLabel,
  parkLevels,
  policyCategories,
  projectStages,
} from '@/lib/schema/options'
import { documentPath } from '@/lib/sections'
import type { Event, Industry, Park, Policy, Project } from '@/payload-types'

/**
 * The portal's open data (issue 30): each dataset a list of published documents as rows of plain
 * values, one column per field of its dictionary, read as the public reads them (`overrideAccess:
 * false`, no user: drafts never appear). Codes (county, level, category, type) stay codes, with a
 * label column in the file's language beside them, so a file can be joined across languages.
 */

type Cell = string | number | boolean | null | string[]
/** A column: its name, its kind (the dictionary says which), and its value in a row. */
type Column<T> = { key: string; kind: 'text' | 'code' | 'number' | 'date' | 'list' | 'url'; value: (doc: T) => Cell }

const names = (list: (number | { name?: string | null })[] | null | undefined) =>
  (list ?? []).flatMap((item) => (typeof item === 'object' && item.name ? [item.name] : []))
const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : null)
const url = (section: 'parks' | 'policies' | 'events' | 'projects', slug: string, locale: Locale) =>
  `${siteUrl()}${documentPath(section, slug, locale)}`

const parks = (locale: Locale): Column<Park>[] => [
  { key: 'slug', kind: 'code', value: (p) => p.slug },
  { key: 'name', kind: 'text', value: (p) => p.name },
  { key: 'county', kind: 'code', value: (p) => p.county ?? null },
  { key: 'countyName', kind: 'text', value: (p) => (p.county ? optionLabel(counties, p.county, locale) : null) },
  { key: 'level', kind: 'code', value: (p) => p.level ?? null },
  { key: 'levelName', kind: 'text', value: (p) => (p.level ? optionLabel(parkLevels, p.level, locale) : null) },
  { key: 'plannedArea', kind: 'number', value: (p) => p.plannedArea?.value ?? null },
  { key: 'builtArea', kind: 'number', value: (p) => p.builtArea?.value ?? null },
  {
    key: 'areaUnit',
    kind: 'text',
    value: (p) => {
      const unit = p.plannedArea?.unit ?? p.builtArea?.unit
      return unit ? optionLabel(areaUnits, unit, locale) : null
    },
  },
  { key: 'leadIndustries', kind: 'list', value: (p) => names(p.leadIndustries as Industry[]) },
  { key: 'latitude', kind: 'number', value: (p) => p.location?.lat ?? null },
  { key: 'longitude', kind: 'number', value: (p) => p.location?.lng ?? null },
  { key: 'address', kind: 'text', value: (p) => p.location?.address ?? null },
  { key: 'landPrice', kind: 'number', value: (p) => p.costs?.landPrice ?? null },
  { key: 'landPriceMax', kind: 'number', value: (p) => p.costs?.landPriceMax ?? null },
  { key: 'factoryRent', kind: 'number', value: (p) => p.costs?.factoryRent ?? null },
  { key: 'factoryRentMax', kind: 'number', value: (p) => p.costs?.factoryRentMax ?? null },
  { key: 'wage', kind: 'number', value: (p) => p.costs?.wage ?? null },
  { key: 'wageMax', kind: 'number', value: (p) => p.costs?.wageMax ?? null },
  { key: 'electricity', kind: 'number', value: (p) => p.costs?.electricity ?? null },
  { key: 'electricityMax', kind: 'number', value: (p) => p.costs?.electricityMax ?? null },
  { key: 'water', kind: 'number', value: (p) => p.costs?.water ?? null },
  { key: 'waterMax', kind: 'number', value: (p) => p.costs?.waterMax ?? null },
  { key: 'costsAsOf', kind: 'date', value: (p) => day(p.costs?.asOf) },
  { key: 'sampleFacts', kind: 'list', value: (p) => [...(p.sampleFacts ?? [])] },
  { key: 'url', kind: 'url', value: (p) => url('parks', p.slug, locale) },
  { key: 'updatedAt', kind: 'date', value: (p) => day(p.updatedAt) },
]

const policies = (locale: Locale): Column<Policy>[] => [
  { key: 'slug', kind: 'code', value: (p) => p.slug },
  { key: 'title', kind: 'text', value: (p) => p.title },
  { key: 'documentNumber', kind: 'text', value: (p) => p.documentNumber ?? null },
  { key: 'issuer', kind: 'text', value: (p) => p.issuer ?? null },
  { key: 'category', kind: 'code', value: (p) => p.category ?? null },
  {
    key: 'categoryName',
    kind: 'text',
    value: (p) => (p.category ? optionLabel(policyCategories, p.category, locale) : null),
  },
  { key: 'effectiveDate', kind: 'date', value: (p) => day(p.effectiveDate) },
  { key: 'expiryDate', kind: 'date', value: (p) => day(p.expiryDate) },
  { key: 'benefitTypes', kind: 'list', value: (p) => (p.benefits ?? []).flatMap((b) => (b.type ? [b.type] : [])) },
  {
    key: 'benefits',
    kind: 'list',
    value: (p) =>
      (p.benefits ?? []).map((b) => (b.type ? `${optionLabel(benefitTypes, b.type, locale)}: ${b.text}` : b.text)),
  },
  { key: 'industries', kind: 'list', value: (p) => names(p.industries as Industry[]) },
  { key: 'minimumInvestment', kind: 'number', value: (p) => p.minimumInvestment ?? null },
  { key: 'url', kind: 'url', value: (p) => url('policies', p.slug, locale) },
  { key: 'updatedAt', kind: 'date', value: (p) => day(p.updatedAt) },
]

const events = (locale: Locale): Column<Event>[] => [
  { key: 'slug', kind: 'code', value: (e) => e.slug },
  { key: 'title', kind: 'text', value: (e) => e.title },
  { key: 'type', kind: 'code', value: (e) => e.type ?? null },
  { key: 'typeName', kind: 'text', value: (e) => (e.type ? optionLabel(eventTypes, e.type, locale) : null) },
  { key: 'startsAt', kind: 'date', value: (e) => (e.dateOnly ? day(e.startsAt) : e.startsAt) },
  { key: 'endsAt', kind: 'date', value: (e) => (e.endsAt ? (e.dateOnly ? day(e.endsAt) : e.endsAt) : null) },
  { key: 'city', kind: 'text', value: (e) => e.city ?? null },
  { key: 'venue', kind: 'text', value: (e) => e.venue ?? null },
  { key: 'organiser', kind: 'text', value: (e) => e.organiser ?? null },
  { key: 'url', kind: 'url', value: (e) => url('events', e.slug, locale) },
  { key: 'updatedAt', kind: 'date', value: (e) => day(e.updatedAt) },
]

const projects = (locale: Locale): Column<Project>[] => [
  { key: 'slug', kind: 'code', value: (p) => p.slug },
  { key: 'title', kind: 'text', value: (p) => p.title },
  { key: 'sample', kind: 'code', value: (p) => Boolean(p.sample) },
  { key: 'industry', kind: 'text', value: (p) => (typeof p.industry === 'object' ? (p.industry?.name ?? null) : null) },
  { key: 'county', kind: 'code', value: (p) => p.county ?? null },
  { key: 'countyName', kind: 'text', value: (p) => (p.county ? optionLabel(counties, p.county, locale) : null) },
  { key: 'park', kind: 'text', value: (p) => (typeof p.park === 'object' ? (p.park?.name ?? null) : null) },
  { key: 'totalInvestment', kind: 'number', value: (p) => p.totalInvestment },
  { key: 'investmentSought', kind: 'number', value: (p) => p.investmentSought ?? null },
  { key: 'modes', kind: 'list', value: (p) => p.mode ?? [] },
  { key: 'modeNames', kind: 'list', value: (p) => (p.mode ?? []).map((m) => optionLabel(cooperationModes, m, locale)) },
  { key: 'stage', kind: 'code', value: (p) => p.stage ?? null },
  { key: 'stageName', kind: 'text', value: (p) => (p.stage ? optionLabel(projectStages, p.stage, locale) : null) },
  {
    key: 'landStatus',
    kind: 'text',
    value: (p) => (p.landStatus ? optionLabel(landStatuses, p.landStatus, locale) : null),
  },
  { key: 'validUntil', kind: 'date', value: (p) => day(p.validUntil) },
  { key: 'url', kind: 'url', value: (p) => url('projects', p.slug, locale) },
  { key: 'updatedAt', kind: 'date', value: (p) => day(p.updatedAt) },
]

/** The datasets, in the order the data page lists them: their collection, sort and columns. */
export const DATASETS = {
  parks: { collection: 'parks', sort: 'name', columns: parks },
  policies: { collection: 'policies', sort: '-effectiveDate', columns: policies },
  events: { collection: 'events', sort: '-startsAt', columns: events },
  projects: { collection: 'projects', sort: '-totalInvestment', columns: projects },
} as const

export type DatasetName = keyof typeof DATASETS
export const datasetNames = Object.keys(DATASETS) as DatasetName[]
export const isDataset = (name: string): name is DatasetName => name in DATASETS

/** The most a file holds: more than a bureau publishes, and a bound on one request's work. */
export const MAX_ROWS = 5000

export type Dataset = {
  name: DatasetName
  columns: { key: string; kind: Column<unknown>['kind'] }[]
  rows: Record<string, Cell>[]
  /** The newest change among the documents in it (a day), or null when it is empty. */
  lastChange: string | null
}

/** A dataset of published documents in `locale` (Chinese where a document has no text in it). */
export async function readDataset(payload: Payload, name: DatasetName, locale: Locale): Promise<Dataset> {
  const { collection, sort, columns } = DATASETS[name]
  const { docs } = await payload.find({
    collection,
    ...PUBLIC,
    locale,
    depth: 1,
    limit: MAX_ROWS,
    pagination: false,
    sort,
  })
  const list = (columns as (locale: Locale) => Column<(typeof docs)[number]>[])(locale)
  const rows = docs.map((doc) => Object.fromEntries(list.map((column) => [column.key, column.value(doc) ?? null])))
  const lastChange = docs.reduce<string | null>(
    (newest, doc) => (!newest || doc.updatedAt > newest ? doc.updatedAt : newest),
    null,
  )
  return { name, columns: list.map(({ key, kind }) => ({ key, kind })), rows, lastChange: day(lastChange) }
}
