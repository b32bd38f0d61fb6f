import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { CasesList } from '@/components/lists/CasesList'
import { EventsList } from '@/components/lists/EventsList'
import { NewsList } from '@/components/lists/NewsList'
import { ParksList } from '@/components/lists/ParksList'
import { PoliciesList } from '@/components/lists/PoliciesList'
import { ProjectsList } from '@/components/lists/ProjectsList'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { listKeys, readFilters, readListQuery, readPage } from '@/lib/portal/filters'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { pageMetadata } from '@/lib/portal/seo'
import { type FilterSection, isFilterSection, SECTIONS, sectionPath } from '@/lib/sections'

/**
 * A list with filters or a page number in its query, e.g. /zh/parks?county=nankang&page=2. Visitors
 * never see this path: proxy.ts rewrites such URLs here with the query, cleaned up, as the last
 * path segment (lib/portal/filters.ts), so each filtered page is rendered once and then served from
 * the page cache like the plain list, until something is published. The cache lives in memory with
 * a size bound (next.config.ts), so made-up queries cannot fill a disk.
 */
type Props = { params: Promise<{ locale: string; section: string; query: string }> }

// Events move from upcoming to past: the shortest of the lists' own times.
export const revalidate = 600
export const generateStaticParams = noPrerender

type Filters = Record<string, string | undefined>

/** Each filterable section's list, given the filters read from the query. */
const lists: Record<FilterSection, (locale: Locale, filters: Filters, page: number) => ReactNode> = {
  parks: (locale, filters, page) => <ParksList locale={locale} filters={filters} page={page} />,
  policies: (locale, filters, page) => (
    <PoliciesList
      locale={locale}
      page={page}
      filters={{
        ...filters,
        status: filters.status === 'in_force' || filters.status === 'expired' ? filters.status : undefined,
      }}
    />
  ),
  events: (locale, filters, page) => (
    <EventsList locale={locale} when={filters.when === 'past' ? 'past' : 'upcoming'} type={filters.type} page={page} />
  ),
  cases: (locale, filters, page) => <CasesList locale={locale} filters={filters} page={page} />,
  news: (locale, filters, page) => <NewsList locale={locale} filters={filters} page={page} />,
  projects: (locale, filters, page) => <ProjectsList locale={locale} filters={filters} page={page} />,
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { section } = await params
  if (!isFilterSection(section)) return {}
  const titles = await sectionTitles(locale)
  // Filtered views are canonicalised to the list itself and kept out of the index.
  return pageMetadata({ locale, path: sectionPath(section), title: titles[section], noindex: true })
}

export default async function FilteredList({ params }: Props) {
  const locale = await pageLocale(params)
  const { section, query: segment } = await params
  if (!isFilterSection(section)) notFound()
  const query = readListQuery(listKeys(section), segment)
  const filters = readFilters(section, query)
  const [titles, t] = await Promise.all([sectionTitles(locale), getTranslations({ locale })])
  return (
    <>
      <PageHeader
        title={titles[section]}
        intro={t(`${SECTIONS[section].messages}.intro`)}
        crumbs={[{ label: titles[section] }]}
      />
      <div className="mx-auto max-w-6xl px-4 pb-12">{lists[section](locale, filters, readPage(query))}</div>
    </>
  )
}
