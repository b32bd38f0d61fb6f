import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CompareView } from '@/components/investor/CompareView'
import { querySegment } from '@/lib/portal/filters'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { comparePath } from '@/lib/sections'

/**
 * The comparison of the parks asked for: proxy.ts rewrites /{locale}/parks/compare?parks=a,b here with
 * the slugs as the last path segment (`parks=a%2Cb`, in the order asked, then a cost estimate's
 * figures: lib/portal/toolQueries.ts), so each comparison is
 * rendered once and served from the page cache (bounded, next.config.ts) until something is
 * published or an hour has passed.
 */
type Props = { params: Promise<{ locale: string; query: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Compare' })
  return pageMetadata({ locale, path: comparePath(), title: t('title'), description: t('intro'), noindex: true })
}

export default async function CompareParksPage({ params }: Props) {
  const locale = await pageLocale(params)
  const query = new URLSearchParams(querySegment((await params).query))
  return <CompareView locale={locale} query={query} />
}
