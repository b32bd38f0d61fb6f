import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FinderView } from '@/components/investor/FinderView'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { finderPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/**
 * The finder before any answer; with answers, proxy.ts rewrites `?industry=…&need=…` to
 * ./[query] (each set of answers a cached page of its own). Cached until something is published.
 */
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Finder' })
  return pageMetadata({ locale, path: finderPath(), title: t('title'), description: t('intro') })
}

export default async function FinderPage({ params }: Props) {
  return <FinderView locale={await pageLocale(params)} query={new URLSearchParams()} />
}
