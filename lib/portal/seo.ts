import type { Metadata } from 'next'

import { htmlLang, type Locale, locales } from '@/i18n/locales'

import { siteUrl } from '@/lib/server/serverUrl'

/** The public origin, for canonical URLs, hreflang alternates, Open Graph and the sitemap. */
export { siteUrl }

/** `/{locale}{path}` for each locale, keyed by hreflang (zh-CN, en, x-default → Chinese). */
export function alternates(path: string) {
  const languages: Record<string, string> = {}
  for (const locale of locales) languages[htmlLang[locale]] = `${siteUrl()}/${locale}${path}`
  languages['x-default'] = `${siteUrl()}/zh${path}`
  return languages
}

/** Title, description, canonical, language alternates and Open Graph for one page. */
export function pageMetadata(args: {
  locale: Locale
  path: string
  title: string
  description?: string | null
  image?: { src: string; width: number; height: number; alt: string } | null
  noindex?: boolean
  /** Feeds of the page (`<link rel="alternate" type=…>`): path under the locale, e.g. `/news/feed.xml`. */
  feeds?: { type: 'application/atom+xml' | 'text/calendar'; path: string; title: string }[]
}): Metadata {
  const url = `${siteUrl()}/${args.locale}${args.path}`
  const description = args.description?.slice(0, 200) || undefined
  return {
    title: args.title,
    description,
    alternates: {
      canonical: url,
      languages: alternates(args.path),
      types: args.feeds?.length
        ? Object.fromEntries(
            args.feeds.map((feed) => [
              feed.type,
              [{ url: `${siteUrl()}/${args.locale}${feed.path}`, title: feed.title }],
            ]),
          )
        : undefined,
    },
    openGraph: {
      title: args.title,
      description,
      url,
      locale: htmlLang[args.locale].replace('-', '_'),
      type: 'website',
      // A page without a picture of its own is shared with the portal's default card (public/).
      images: [
        args.image
          ? {
              url: `${siteUrl()}${args.image.src}`,
              width: args.image.width,
              height: args.image.height,
              alt: args.image.alt,
            }
          : { url: `${siteUrl()}/og-default.png`, width: 1200, height: 630, alt: args.title },
      ],
    },
    robots: args.noindex ? { index: false, follow: true } : undefined,
  }
}
