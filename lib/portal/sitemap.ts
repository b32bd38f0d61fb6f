import 'server-only'

import { locales } from '@/i18n/locales'
import { documentPath, sectionPath, sections } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

import { alternates, siteUrl } from './seo'

/**
 * The sitemap (sitemaps.org): every list and published document in every locale, each with its
 * hreflang alternates. Up to `urlsPerFile()` URLs it is one file, /sitemap.xml; beyond, /sitemap.xml
 * is a sitemap index of /sitemaps/0.xml, /sitemaps/1.xml … (the protocol allows 50,000 URLs a file).
 */
const PROTOCOL_LIMIT = 50_000

/** URLs per file: the protocol's limit, or fewer when SITEMAP_URLS_PER_FILE says so (the e2e test uses it). */
export const urlsPerFile = () => {
  const configured = Number(process.env.SITEMAP_URLS_PER_FILE)
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, PROTOCOL_LIMIT) : PROTOCOL_LIMIT
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

/** How long the list of URLs is kept before it is read again (a crawler can wait that long for a new page). */
const KEEP_MS = 10 * 60_000
let kept: { at: number; urls: Promise<{ locale: string; entry: Entry }[]> } | undefined

/**
 * Every URL of the portal, in a fixed order (so the files of an index do not shift between reads).
 * Kept in memory for KEEP_MS: at 22,000 documents it is 44,000 URLs, more than Next's data cache
 * takes in one entry (2 MB).
 */
function allUrls() {
  if (!kept || Date.now() - kept.at > KEEP_MS) {
    const urls = entries().then((list) => list.flatMap((entry) => locales.map((locale) => ({ locale, entry }))))
    kept = { at: Date.now(), urls }
    // A failed read is not kept.
    urls.catch(() => (kept = undefined))
  }
  return kept.urls
}

/** /sitemap.xml: the sitemap itself, or an index of its files when it has more URLs than one may hold. */
export async function sitemapRoot(): Promise<string> {
  const urls = await allUrls()
  const perFile = urlsPerFile()
  if (urls.length <= perFile) return urlset(urls)
  const files = Array.from(
    { length: Math.ceil(urls.length / perFile) },
    (_, i) => `<sitemap><loc>${escape(`${siteUrl()}/sitemaps/${i}.xml`)}</loc></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`
}

/** /sitemaps/{n}.xml: the n-th file of the index, or null when there is no such file. */
export async function sitemapFile(n: number): Promise<string | null> {
  const urls = await allUrls()
  const perFile = urlsPerFile()
  if (urls.length <= perFile || n * perFile >= urls.length) return null
  return urlset(urls.slice(n * perFile, (n + 1) * perFile))
}
