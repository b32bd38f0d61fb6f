'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { htmlLang, type Locale } from '@/i18n/locales'

const className =
  'inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:border-brand-700 hover:text-brand-700'

type Props = { other: Locale; name: string; title: string }

/** The same path in the other language; filtered lists are served from /results/{section} behind a rewrite (proxy.ts). */
const otherPath = (pathname: string, other: Locale) =>
  pathname.replace(/^\/[^/]+/, `/${other}`).replace(/^(\/[^/]+)\/results\/([^/]+)$/, '$1/$2')

function SwitchLink({ other, name, title, query }: Props & { query?: string }) {
  const path = otherPath(usePathname(), other)
  return (
    // A plain link: the other language has its own root layout (<html lang>), so the browser loads it whole.
    <a
      href={query ? `${path}?${query}` : path}
      hrefLang={htmlLang[other]}
      lang={htmlLang[other]}
      title={title}
      className={className}
      // Remembered for the next visit to `/` (proxy.ts reads it); without JavaScript the link still works.
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${other}; path=/; max-age=31536000; samesite=lax`
      }}
    >
      {name}
    </a>
  )
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString()
  return <SwitchLink {...props} query={query} />
}

/**
 * A real link to the same page (same slug, same query) in the other language. Static pages
 * render it without the query; it picks the query up in the browser. The server passes the strings.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <WithQuery {...props} />
    </Suspense>
  )
}
