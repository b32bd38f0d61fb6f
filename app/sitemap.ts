import type { MetadataRoute } from 'next'

import { locales } from '@/i18n/locales'
import { publishedSlugs } from '@/lib/portal/data'
import { documentPath, sectionPath, sections } from '@/lib/sections'
import { alternates, siteUrl } from '@/lib/portal/seo'

// Read on request: the build needs no database, and the list is always the published one.
export const dynamic = 'force-dynamic'

const staticPaths = ['', ...sections.map((section) => sectionPath(section))]

/** Every published document in both languages, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await publishedSlugs()
  const entries = [
    ...staticPaths.map((path) => ({ path, lastModified: undefined as string | undefined })),
    ...documents.map((doc) => ({ path: documentPath(doc.section, doc.slug), lastModified: doc.updatedAt })),
  ]
  return entries.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: `${siteUrl()}/${locale}${path}`,
      lastModified,
      alternates: { languages: alternates(path) },
    })),
  )
}
