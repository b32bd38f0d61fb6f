import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import { readListQuery, readPage, SEARCH_KEYS } from '@/lib/portal/filters'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { isSection } from '@/lib/sections'

/**
 * Search results for /{locale}/search?q=…&section=…&page=…: proxy.ts rewrites such a URL here with
 * its query, cleaned up, as the last path segment, so each query's page is rendered once and served
 * from the page cache until something is published (or an hour has passed). The cache lives in
 * memory with a size bound (next.config.ts), so arbitrary queries cannot fill a disk.
 */
type Props = { params: Promise<{ locale: string; query: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Search' })
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

export default async function SearchResults({ params }: Props) {
  const locale = await pageLocale(params)
  const query = readListQuery(SEARCH_KEYS, (await params).query)
  const section = isSection(query.section) ? query.section : undefined
  return <SearchView locale={locale} q={query.q ?? ''} section={section} page={readPage(query)} />
}
