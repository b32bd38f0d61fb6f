import { htmlLang, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/portal/seo'
import { documentPath, type Section, SECTIONS } from '@/lib/sections'

/** Structured data for search engines; `<` is escaped so content cannot close the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

/**
 * A document page's structured data: its schema.org type from the section registry, its name,
 * description, address and language, plus what only that kind of document has (`extra`).
 */
export function DocumentJsonLd({
  section,
  locale,
  slug,
  name,
  description,
  extra = {},
}: {
  section: Section
  locale: Locale
  slug: string
  name: string
  description?: string | null
  extra?: Record<string, unknown>
}) {
  const type = SECTIONS[section].jsonLd
  return (
    <JsonLd
      data={{
        '@context': 'https://schema.org',
        '@type': type,
        [type === 'Article' || type === 'NewsArticle' ? 'headline' : 'name']: name,
        description: description ?? undefined,
        url: `${siteUrl()}${documentPath(section, slug, locale)}`,
        inLanguage: htmlLang[locale],
        ...extra,
      }}
    />
  )
}
