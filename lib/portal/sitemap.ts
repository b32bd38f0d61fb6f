import 'server-only'

import { locales } from '@/i18n/locales'
import { aftercarePath, dataPath, documentPath, sectionPath, sections, setupPath, siteMapPath } from '@/lib/sections'
import { setupRoutes } from '@/lib/schema/options'
import { payloadClient } from '@/lib/server/payload'

import { alternates, siteUrl } from './seo'

/**
 * The sitemap (sitemaps.org): every list and published document in every locale, each with its
 * hreflang alternates. Up to `urlsPerFile()` URLs it is one file, /sitemap.xml; beyond, /sitemap.xml
 * is a sitemap index of /sitemaps/0.xml, /sitemaps/1.xml ….
 * The protocol allows 50,000 URLs a file, but with three alternates each such a file is ~21 MB
 * (measured at the scale data set: 44,000 URLs made 19 MB); files of 10,000 URLs stay near 4 MB.
 */
const PROTOCOL_LIMIT = 50_000
const DEFAULT_PER_FILE = 10_000

/** URLs per file: DEFAULT_PER_FILE, or SITEMAP_URLS_PER_FILE (up to the protocol's limit; the e2e test uses 50). */
export const urlsPerFile = () => {
  const configured = Number(process.env.SITEMAP_URLS_PER_FILE)
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, PROTOCOL_LIMIT) : DEFAULT_PER_FILE
}

type Entry = { path: string; lastModified?: string }

/** Each list and every published document, once (the locales are added when written). */
async function entries(): Promise<Entry[]> {
  const payload = await payloadClient()
  const lists = await Promise.all(
    sections.map((collection) =>
      payload.find({
        collection,
        overrideAccess: false,
        draft: false,
        depth: 0,
        pagination: false,
        sort: 'id',
        select: { slug: true, updatedAt: true },
      }),
    ),
  )
  return [
    { path: '' },
    { path: siteMapPath() },
    { path: dataPath() },
    { path: aftercarePath() },
    ...setupRoutes.map(({ value }) => ({ path: setupPath(value) })),
    ...sections.map((section) => ({ path: sectionPath(section) })),
    ...sections.flatMap((section, i) =>
      lists[i]!.docs.map((doc) => ({ path: documentPath(section, doc.slug as string), lastModified: doc.updatedAt })),
    ),
  ]
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function urlset(urls: { locale: string; entry: Entry }[]): string {
  const body = urls.map(({ locale, entry }) => {
    const links = Object.entries(alternates(entry.path))
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(href)}"/>`)
      .join('')
    const lastmod = entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
    return `<url><loc>${escape(`${siteUrl()}/${locale}${entry.path}`)}</loc>${lastmod}${links}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>\n`
}

/** How long the sitemap is kept before it is read again (a crawler can wait that long for a new page). */
const KEEP_MS = 10 * 60_000
let kept: { at: number; files: Promise<string[]> } | undefined

/**
 * The sitemap's files as XML: [the root] when it is one file, else [the index, file 0, file 1 …].
 * Kept in memory for KEEP_MS: at 22,000 documents it is 44,000 URLs and 19 MB of XML, more than
 * Next's data cache takes in one entry (2 MB), and too much to write again for every request.
 */
function files(): Promise<string[]> {
  if (!kept || Date.now() - kept.at > KEEP_MS) {
    const built = entries().then((list) => {
      // In a fixed order, so the files of an index do not shift between reads.
      const urls = list.flatMap((entry) => locales.map((locale) => ({ locale, entry })))
      const perFile = urlsPerFile()
      if (urls.length <= perFile) return [urlset(urls)]
      const parts = Array.from({ length: Math.ceil(urls.length / perFile) }, (_, i) =>
        urlset(urls.slice(i * perFile, (i + 1) * perFile)),
      )
      const index = parts.map((_, i) => `<sitemap><loc>${escape(`${siteUrl()}/sitemaps/${i}.xml`)}</loc></sitemap>`)
      return [
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n`,
        ...parts,
      ]
    })
    kept = { at: Date.now(), files: built }
    // A failed read is not kept.
    built.catch(() => (kept = undefined))
  }
  return kept.files
}

/** /sitemap.xml: the sitemap itself, or an index of its files when it has more URLs than one holds. */
export async function sitemapRoot(): Promise<string> {
  return (await files())[0]!
}

/** /sitemaps/{n}.xml: the n-th file of the index, or null when there is no such file. */
export async function sitemapFile(n: number): Promise<string | null> {
  const all = await files()
  return all.length > 1 ? (all[n + 1] ?? null) : null
}
