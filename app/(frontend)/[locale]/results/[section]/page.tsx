import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { CasesList } from '@/components/lists/CasesList'
import { EventsList } from '@/components/lists/EventsList'
import { ParksList } from '@/components/lists/ParksList'
import { PoliciesList } from '@/components/lists/PoliciesList'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { readFilters } from '@/lib/portal/filters'
import { pageLocale } from '@/lib/portal/pageLocale'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { pageMetadata } from '@/lib/portal/seo'
import { type FilterSection, isFilterSection, SECTIONS, sectionPath } from '@/lib/sections'

/**
 * A list with filters in its query string, e.g. /zh/parks?county=nankang. Visitors never see this
 * path: proxy.ts rewrites filtered list URLs here, so the list URL itself stays static.
 */
// Reads the query on every request (the layout's static default does not apply).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; section: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

type Filters = Record<string, string | undefined>

/** Each filterable section's list, given the filters read from the query. */
const lists: Record<FilterSection, (locale: Locale, filters: Filters) => ReactNode> = {
  parks: (locale, filters) => <ParksList locale={locale} filters={filters} />,
  policies: (locale, filters) => (
    <PoliciesList
      locale={locale}
      filters={{
        ...filters,
        status: filters.status === 'in_force' || filters.status === 'expired' ? filters.status : undefined,
      }}
    />
  ),
  events: (locale, filters) => (
    <EventsList locale={locale} when={filters.when === 'past' ? 'past' : 'upcoming'} type={filters.type} />
  ),
  cases: (locale, filters) => <CasesList locale={locale} filters={filters} />,
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { section } = await params
  if (!isFilterSection(section)) return {}
  const titles = await sectionTitles(locale)
  // Filtered views are canonicalised to the list itself and kept out of the index.
  return pageMetadata({ locale, path: sectionPath(section), title: titles[section], noindex: true })
}

export default async function FilteredList({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { section } = await params
  if (!isFilterSection(section)) notFound()
  const filters = readFilters(section, await searchParams)
  const [titles, t] = await Promise.all([sectionTitles(locale), getTranslations({ locale })])
  return (
    <>
      <PageHeader
        title={titles[section]}
        intro={t(`${SECTIONS[section].messages}.intro`)}
        crumbs={[{ label: titles[section] }]}
      />
      <div className="mx-auto max-w-6xl px-4 pb-12">{lists[section](locale, filters)}</div>
    </>
  )
}
