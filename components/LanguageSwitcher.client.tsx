'use client'

import { useParams, usePathname, useSearchParams } from 'next/navigation'
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

/**
 * Before the browser has run any script. A search or a filtered list is a cached page of its own,
 * rewritten by proxy.ts from `?q=…` to `…/search/{query}` or `…/results/{section}/{query}`, so the
 * query is a route parameter here (its canonical form: `a=b&c=d`, encoded as one path segment).
 */
function BeforeScript(props: Props) {
  const { query } = useParams<{ query?: string }>()
  // Next hands the segment over encoded or decoded depending on where it renders; the canonical
  // query always holds '=' and its encoded form never does.
  const decoded = query && (query.includes('=') ? query : safeDecode(query))
  return <SwitchLink {...props} query={decoded || undefined} />
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString()
  return <SwitchLink {...props} query={query} />
}

/**
 * A real link to the same page (same slug, same query) in the other language, with or without
 * JavaScript. The server passes the strings.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<BeforeScript {...props} />}>
      <WithQuery {...props} />
    </Suspense>
  )
}
