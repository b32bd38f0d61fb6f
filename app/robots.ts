import type { MetadataRoute } from 'next'

import { locales } from '@/i18n/locales'
import { siteUrl } from '@/lib/portal/seo'
import { comparePath, finderPath } from '@/lib/sections'

/** Per request: the sitemap's address is the origin the server runs with, not the one it was built with. */
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/admin',
        '/api/',
        // Search results, filtered-list renders and the investor tools' answers: endless query URLs.
        ...locales.flatMap((locale) => [
          `/${locale}/search`,
          `/${locale}/results/`,
          `${finderPath(locale)}?`,
          comparePath([], locale),
        ]),
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
