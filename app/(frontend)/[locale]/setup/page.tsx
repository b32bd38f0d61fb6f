import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SetupView } from '@/components/SetupView'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { setupPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/** 投资落户指南 for a new company (the other kinds of investment: ./[route]). Cached until something is published. */
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Setup' })
  return pageMetadata({ locale, path: setupPath(), title: t('title'), description: t('intro') })
}

export default async function SetupPage({ params }: Props) {
  return <SetupView locale={await pageLocale(params)} route="company" />
}
