import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { CasesList } from '@/components/lists/CasesList'
import { EventsList } from '@/components/lists/EventsList'
import { ParksList } from '@/components/lists/ParksList'
import { PoliciesList } from '@/components/lists/PoliciesList'
import { PageHeader } from '@/components/PageHeader'
import { type FilterSection, isFilterSection, readFilters } from '@/lib/filters'
import { pageLocale } from '@/lib/pageLocale'
import { pageMetadata } from '@/lib/seo'

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

const namespaces = { parks: 'Parks', policies: 'Policies', events: 'Events', cases: 'Cases' } as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { section } = await params
  if (!isFilterSection(section)) return {}
  const t = await getTranslations({ locale, namespace: namespaces[section] })
  // Filtered views are canonicalised to the list itself and kept out of the index.
  return pageMetadata({ locale, path: `/${section}`, title: t('title'), noindex: true })
}

export default async function FilteredList({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { section } = await params
  if (!isFilterSection(section)) notFound()
  const filters = readFilters(section as FilterSection, await searchParams)
  const t = await getTranslations(namespaces[section])
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto max-w-6xl px-4 pb-12">
        {section === 'parks' && <ParksList locale={locale} filters={filters} />}
        {section === 'policies' && (
          <PoliciesList
            locale={locale}
            filters={{
              ...filters,
              status: filters.status === 'in_force' || filters.status === 'expired' ? filters.status : undefined,
            }}
          />
        )}
        {section === 'events' && (
          <EventsList locale={locale} when={filters.when === 'past' ? 'past' : 'upcoming'} type={filters.type} />
        )}
        {section === 'cases' && <CasesList locale={locale} filters={filters} />}
      </div>
    </>
  )
}
