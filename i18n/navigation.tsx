import NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import type { Locale } from './locales'

export type Href = string | { pathname: string; query?: Record<string, string> }

/** `/parks` → `/zh/parks`, `/` → `/zh` (routing.ts: every path carries its locale prefix). */
export function localizedPath(href: Href, locale: Locale): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href
  const search = query ? new URLSearchParams(query).toString() : ''
  return `/${locale}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`
}

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }

/**
 * A portal link with its locale prefix, for server components. Unlike next-intl's Link (whose
 * client half needs the next-intl context in the browser), it renders `next/link` directly: the
 * portal ships no next-intl or message-format code to the browser.
 */
export async function Link({ href, locale, ...props }: LinkProps) {
  return <NextLink href={localizedPath(href, locale ?? ((await getLocale()) as Locale))} {...props} />
}
