import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

/** The page's locale from its params (404 for an unknown one), set for static rendering. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** Detail pages render on their first request and are cached until revalidated (see layout). */
export const noPrerender = () => []
