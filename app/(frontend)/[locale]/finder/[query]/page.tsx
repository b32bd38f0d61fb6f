import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FinderView } from '@/components/investor/FinderView'
import { querySegment } from '@/lib/portal/filters'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { finderPath } from '@/lib/sections'

/**
 * The finder for a set of answers: proxy.ts rewrites /{locale}/finder?industry=…&need=… here with the
 * answers in their canonical order as the last path segment (lib/portal/finderAnswers.ts), so each
 * set is rendered once and served from the page cache (bounded, next.config.ts) until something is
 * published or an hour has passed.
 */
type Props = { params: Promise<{ locale: string; query: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Finder' })
  return pageMetadata({ locale, path: finderPath(), title: t('title'), description: t('intro'), noindex: true })
}

export default async function FinderAnswersPage({ params }: Props) {
  const locale = await pageLocale(params)
  return <FinderView locale={locale} query={new URLSearchParams(querySegment((await params).query))} />
}
