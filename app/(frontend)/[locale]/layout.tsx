import '../globals.css'

import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { htmlLang, isChinese } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Pages are static, rendered on their first request and then served from the cache (ISR), not
 * prerendered by `next build`: the build needs no database, and a database seeded or migrated
 * after the build is what the first visitor sees. Unknown locales are answered with a 404.
 */
export const generateStaticParams = () => []

export const viewport: Viewport = { themeColor: '#b91c1c', width: 'device-width', initialScale: 1 }

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
    // Files in public/ (drawn by scripts/make-public-images.mjs).
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '48x48' },
        { url: '/favicon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/site.webmanifest',
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <html lang={htmlLang[locale]}>
      <body
        className={`min-h-screen bg-white text-slate-800 antialiased ${isChinese(locale) ? 'font-sans' : 'font-latin'}`}
      >
        {/* No NextIntlClientProvider: client components get their strings from the server as props. */}
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
