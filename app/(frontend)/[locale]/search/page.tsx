import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'

type Props = { params: Promise<{ locale: string }> }

/** Static: the form alone. A query (?q=…) is rewritten by proxy.ts to the cached search/[query] route. */
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Search' })
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params)
  return <SearchView locale={locale} q="" page={1} />
}
