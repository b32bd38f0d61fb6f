import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { queryTerms, termFilter } from '@/lib/search/tokens'
import { type Section, sections } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

/** A piece of a snippet: `mark` where it matched the query. */
export type SnippetPart = { text: string; mark: boolean }

export type SearchResult = { section: Section; slug: string; title: string; snippet: SnippetPart[] }

export type SearchPage = {
  results: SearchResult[]
  total: number
  page: number
  pages: number
  /** How many of `total` can be paged through (at most CANDIDATES). */
  shown: number
  bySection: Partial<Record<Section, number>>
}

const PER_PAGE = 20
/** Candidates ranked per query: a visitor reads the first pages. */
export const CANDIDATES = 300

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Up to ~160 characters of `text` around the first match, matches marked. */
function snippet(text: string, pattern: RegExp | undefined): SnippetPart[] {
  if (!pattern) return [{ text: text.slice(0, 160), mark: false }]
  const first = text.search(pattern)
  let start = Math.max(0, first - 50)
  let end = Math.min(text.length, start + 160)
  // Cut English at a space rather than inside a word (Chinese has none to look for).
  const space = text.indexOf(' ', start)
  if (start > 0 && space !== -1 && space - start < 15 && space < first) start = space + 1
  const lastSpace = text.lastIndexOf(' ', end)
  if (end < text.length && lastSpace > end - 15 && lastSpace > first) end = lastSpace
  const window = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '')
  const parts: SnippetPart[] = []
  let last = 0
  for (const match of window.matchAll(new RegExp(pattern.source, 'giu'))) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), mark: false })
    parts.push({ text: match[0], mark: true })
    last = match.index + match[0].length
  }
  if (last < window.length) parts.push({ text: window.slice(last), mark: false })
  return parts
}

/**
 * The portal's search, from the search index (collections/SearchIndex.ts): every term of the query
 * must occur (Chinese as character pairs, English words by prefix); results in the reader's locale,
 * optionally in one section, `PER_PAGE` to a page. Ranking: documents whose title holds every
 * term first (an exact title before the rest), then the others; within each, by title.
 * The counts are exact; the ranked results stop at `CANDIDATES` (a reader refines the query
 * before reading past page 15), which keeps the cost of a common term bounded at any size.
 */
export async function searchPortal(
  locale: Locale,
  query: string,
  options: { section?: Section; page?: number } = {},
): Promise<SearchPage> {
  const terms = queryTerms(query.slice(0, 100))
  const empty: SearchPage = { results: [], total: 0, page: 1, pages: 0, shown: 0, bySection: {} }
  if (terms.length === 0) return empty
  const payload = await payloadClient()
  const read = { overrideAccess: false, depth: 0 } as const
  const matching: Where[] = [
    { locale: { equals: locale } },
    ...terms.map((term) => ({ terms: { contains: termFilter(term) } })),
  ]
  const inSection: Where[] = options.section ? [{ section: { equals: options.section } }] : []
  const titleMatch: Where[] = terms.map((term) => ({ titleTerms: { contains: termFilter(term) } }))
  const candidate = { section: true, slug: true, title: true } as const
  const [counts, inTitle] = await Promise.all([
    Promise.all(
      sections.map((section) =>
        payload.count({
          collection: 'search-index',
          ...read,
          where: { and: [...matching, { section: { equals: section } }] },
        }),
      ),
    ),
    payload.find({
      collection: 'search-index',
      ...read,
      where: { and: [...matching, ...inSection, ...titleMatch] },
      limit: CANDIDATES,
      pagination: false,
      sort: 'title',
      select: candidate,
    }),
  ])
  const bySection: Partial<Record<Section, number>> = {}
  sections.forEach((section, i) => {
    if (counts[i]!.totalDocs > 0) bySection[section] = counts[i]!.totalDocs
  })
  const total = options.section
    ? (bySection[options.section] ?? 0)
    : Object.values(bySection).reduce((sum, count) => sum + count, 0)
  const others =
    inTitle.docs.length < CANDIDATES && total > inTitle.docs.length
      ? (
          await payload.find({
            collection: 'search-index',
            ...read,
            where: {
              and: [...matching, ...inSection, { id: { not_in: inTitle.docs.map((doc) => doc.id) } }],
            },
            limit: CANDIDATES - inTitle.docs.length,
            pagination: false,
            sort: 'title',
            select: candidate,
          })
        ).docs
      : []
  const exact = query.trim().toLowerCase()
  const ranked = [
    ...inTitle.docs.filter((doc) => doc.title.toLowerCase() === exact),
    ...inTitle.docs.filter((doc) => doc.title.toLowerCase() !== exact),
    ...others,
  ]
  const pages = Math.ceil(ranked.length / PER_PAGE)
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), Math.max(1, pages))
  const shown = ranked.slice((page - 1) * PER_PAGE, page * PER_PAGE)
  // The text for snippets, for this page's results only.
  const texts = new Map(
    shown.length
      ? (
          await payload.find({
            collection: 'search-index',
            ...read,
            where: { id: { in: shown.map((doc) => doc.id) } },
            limit: shown.length,
            pagination: false,
            select: { text: true },
          })
        ).docs.map((doc) => [doc.id, doc.text ?? ''])
      : [],
  )
  const pattern = new RegExp(
    // A word found by its prefix is marked whole.
    terms
      .map(({ term, prefix }) => (prefix ? `(?<![\\p{L}\\p{N}])${escape(term)}[\\p{L}\\p{N}]*` : escape(term)))
      .join('|'),
    'iu',
  )
  return {
    total,
    page,
    pages,
    shown: ranked.length,
    bySection,
    results: shown.map((doc) => ({
      section: doc.section,
      slug: doc.slug,
      title: doc.title,
      // The indexed text begins with the title, which the result shows already.
      snippet: snippet((texts.get(doc.id) ?? '').replace(doc.title, '').replace(/^ · /, ''), pattern),
    })),
  }
}
