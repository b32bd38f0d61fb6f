import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CompareView } from '@/components/investor/CompareView'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { comparePath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/**
 * The comparison before any park is chosen; with parks, proxy.ts rewrites `?parks=a,b` to ./[query]
 * (each choice a cached page of its own). Cached until something is published.
 */
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Compare' })
  return pageMetadata({ locale, path: comparePath(), title: t('title'), description: t('intro') })
}

export default async function ComparePage({ params }: Props) {
  return <CompareView locale={await pageLocale(params)} query={new URLSearchParams()} />
}
