'use client'

import { useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { Suspense } from 'react'

import { htmlLang, type Locale, locales, localeNames } from '@/i18n/locales'
import { Link, usePathname } from '@/i18n/navigation'

const className =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-700 hover:text-brand-700'

/** The visible path: filtered lists are served from /results/{section} behind a rewrite (proxy.ts). */
const publicPath = (pathname: string) => pathname.replace(/^\/results\/(parks|policies|events|cases)$/, '/$1')

function SwitchLink({ other, query }: { other: Locale; query?: string }) {
  const t = useTranslations('LanguageSwitcher')
  const pathname = publicPath(usePathname())
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={other}
      hrefLang={htmlLang[other]}
      lang={htmlLang[other]}
      title={t('switchTo')}
      className={className}
      // Remembered for the next visit to `/` (proxy.ts reads it); without JavaScript the link still works.
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${other}; path=/; max-age=31536000; samesite=lax`
      }}
    >
      {localeNames[other]}
    </Link>
  )
}

function WithQuery({ other }: { other: Locale }) {
  const query = useSearchParams().toString()
  return <SwitchLink other={other} query={query} />
}

/**
 * A real link to the same page (same slug, same query) in the other language. Static pages
 * render it without the query; it picks the query up in the browser.
 */
export function LanguageSwitcher() {
  const locale = useLocale()
  const other = locales.find((l) => l !== locale) ?? locale
  return (
    <Suspense fallback={<SwitchLink other={other} />}>
      <WithQuery other={other} />
    </Suspense>
  )
}
