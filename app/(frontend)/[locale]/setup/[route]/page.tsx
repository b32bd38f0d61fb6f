import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { SetupView } from '@/components/SetupView'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { optionLabel, setupRoutes } from '@/lib/schema/options'
import { setupPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; route: string }> }

/** 投资落户指南 for a branch or a foreign-invested enterprise; a new company's is ../ (this path for it moves there). */
export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { route } = await params
  const t = await getTranslations({ locale, namespace: 'Setup' })
  return pageMetadata({
    locale,
    path: setupPath(route),
    title: `${t('title')} · ${optionLabel(setupRoutes, route, locale)}`,
    description: t('intro'),
  })
}

export default async function SetupRoutePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { route } = await params
  if (route === 'company') permanentRedirect(setupPath(undefined, locale))
  if (!setupRoutes.some(({ value }) => value === route)) notFound()
  return <SetupView locale={locale} route={route} />
}
