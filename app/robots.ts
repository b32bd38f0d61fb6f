import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/portal/seo'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/admin', '/api/', '/zh/search', '/en/search', '/zh/results/', '/en/results/'],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
