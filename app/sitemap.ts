import type { MetadataRoute } from 'next'

import { locales } from '@/i18n/locales'
import { publishedSlugs } from '@/lib/portal'
import { alternates, siteUrl } from '@/lib/seo'

// Read on request: the build needs no database, and the list is always the published one.
export const dynamic = 'force-dynamic'

const staticPaths = ['', '/parks', '/policies', '/events', '/cases', '/industries']

/** Every published document in both languages, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await publishedSlugs()
  const entries = [
    ...staticPaths.map((path) => ({ path, lastModified: undefined as string | undefined })),
    ...documents.map((doc) => ({ path: `/${doc.section}/${doc.slug}`, lastModified: doc.updatedAt })),
  ]
  return entries.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: `${siteUrl()}/${locale}${path}`,
      lastModified,
      alternates: { languages: alternates(path) },
    })),
  )
}
