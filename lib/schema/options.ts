import { type AdminLanguage, adminMessages, type AdminMessages } from '@/i18n/admin'
import { type Locale, locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

/**
 * Select options: ASCII values, labels in every language. Their text is held once:
 * - content vocabulary the portal shows (counties, park levels, policy categories …) in the portal's
 *   messages (`Options` in messages/*.json), which the admin shows too;
 * - vocabulary only staff see (roles, enquiry statuses …) in the admin texts (`options` in i18n/admin).
 */
export type Option<V extends string = string> = { value: V; label: Record<string, string> }

type PortalVocabulary = keyof (typeof messages)['zh']['Options']
type AdminVocabulary = keyof AdminMessages['options']

function fromCatalogues<V extends string>(
  values: V[],
  label: (language: string, value: V) => string,
  languages: readonly string[],
): Option<V>[] {
  return values.map((value) => ({
    value,
    label: Object.fromEntries(languages.map((language) => [language, label(language, value)])),
  }))
}

const portalOptions = <N extends PortalVocabulary>(name: N) => {
  type V = keyof (typeof messages)['zh']['Options'][N] & string
  const values = Object.keys(messages.zh.Options[name]) as V[]
  return fromCatalogues(
    values,
    (locale, value) => (messages[locale as Locale].Options[name] as Record<V, string>)[value],
    locales,
  )
}

export const adminOptions = <N extends AdminVocabulary>(name: N) => {
  type V = keyof AdminMessages['options'][N] & string
  const values = Object.keys(adminMessages.zh.options[name]) as V[]
  return fromCatalogues(
    values,
    (language, value) => (adminMessages[language as AdminLanguage].options[name] as Record<V, string>)[value],
    Object.keys(adminMessages),
  )
}

/** Ganzhou's counties, districts and development zones, plus Shenzhen for the bay-area stations. */
export const counties = portalOptions('counties')
export const parkLevels = portalOptions('parkLevels')
export const policyCategories = portalOptions('policyCategories')
export const firmOrigins = portalOptions('firmOrigins')
export const eventTypes = portalOptions('eventTypes')
export const newsKinds = portalOptions('newsKinds')
export const pageKinds = portalOptions('pageKinds')
export const originCities = portalOptions('originCities')
/** Planned investment of an enquiry, in RMB. */
export const investmentRanges = portalOptions('investmentRanges')
/** Land or premises an enquiring firm needs. */
export const premisesNeeds = portalOptions('premisesNeeds')
export const policyValidityOptions = portalOptions('policyValidity')
export const areaUnits = portalOptions('areaUnits')
/** The word before a figure, as the source writes it: 突破 / 超 / 近 / 约 (over, nearly, about). */
export const figureQualifiers = portalOptions('figureQualifiers')
/** What an incentive gives (a policy's structured benefits; the finder's "needs"). */
export const benefitTypes = portalOptions('benefitTypes')
export const firmSizes = portalOptions('firmSizes')
/** New investment, relocation or expansion. */
export const projectTypes = portalOptions('projectTypes')
/** What an invested firm's aftercare request is about (permits, utilities, staffing …). */
/** How a firm may take part in a project seeking investment (招商项目). */
export const cooperationModes = portalOptions('cooperationModes')
export const projectStages = portalOptions('projectStages')
export const landStatuses = portalOptions('landStatuses')
export const aftercareCategories = portalOptions('aftercareCategories')
/** The kinds of investment the setup guide has steps for: a new company, a branch, a foreign-invested enterprise. */
export const setupRoutes = portalOptions('setupRoutes')
/** A park's available sites: land plots and standard factories. */
export const siteKinds = portalOptions('siteKinds')
export const siteStatuses = portalOptions('siteStatuses')
/** Where a park's logistics times lead to. */
export const destinations = portalOptions('destinations')
export const travelModes = portalOptions('travelModes')

/** The lead pipeline: an enquiry moves from new to signed or closed. */
export const enquiryStatuses = adminOptions('enquiryStatuses')
/** Facts a document may hold as samples (fields/sampleFacts.ts). */
export const sampleFacts = adminOptions('sampleFacts')
export type SampleFact = (typeof sampleFacts)[number]['value']
export const registrationStates = adminOptions('registrationStates')

/** The label of a select value in the reader's language. */
export const optionLabel = (list: Option[], value: string | null | undefined, locale: string): string => {
  const option = list.find((o) => o.value === value)
  return option?.label[locale] ?? option?.label.zh ?? value ?? ''
}

/** A select's options as `{ value, label }` in the reader's language, for filter forms. */
export const optionChoices = (list: Option[], locale: string) =>
  list.map((o) => ({ value: o.value, label: optionLabel(list, o.value, locale) }))
