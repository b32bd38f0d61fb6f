import type { Locale } from '@/i18n/locales'
import { indexMatches } from '@/lib/search/matches'
import { indexTerms, queryTerms, termFilter } from '@/lib/search/tokens'
import type { Section } from '@/lib/sections'
import { payloadClient } from '@/lib/server/payload'

/** A piece of a snippet: `mark` where it matched the query. */
export type SnippetPart = { text: string; mark: boolean }

export type SearchResult = { section: Section; slug: string; title: string; snippet: SnippetPart[] }

export type SearchPage = {
  results: SearchResult[]
  total: number
  page: number
  pages: number
  bySection: Partial<Record<Section, number>>
}

const PER_PAGE = 20

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
 * optionally in one section, `PER_PAGE` to a page. Ranking: an exact title first, then documents
 * whose title holds every term, then the rest; within each, by title.
 * One read of the matching entries' section and title from the database's own inverted index
 * (lib/search/matches.ts), ranked and counted here; the text for snippets is read for the shown page only. The result is cached per query (lib/portal/data/).
 */
export async function searchPortal(
  locale: Locale,
  query: string,
  options: { section?: Section; page?: number } = {},
): Promise<SearchPage> {
  const terms = queryTerms(query.slice(0, 100))
  const empty: SearchPage = { results: [], total: 0, page: 1, pages: 0, bySection: {} }
  if (terms.length === 0) return empty
  const payload = await payloadClient()
  const matches = await indexMatches(payload, locale, terms)
  const bySection: Partial<Record<Section, number>> = {}
  for (const doc of matches) bySection[doc.section] = (bySection[doc.section] ?? 0) + 1
  const exact = query.trim().toLowerCase()
  const rank = (doc: { title: string }) => {
    if (doc.title.toLowerCase() === exact) return 0
    const titleTerms = indexTerms(doc.title)
    return terms.every((term) => titleTerms.includes(termFilter(term))) ? 1 : 2
  }
  const collator = new Intl.Collator(locale)
  const ranked = (options.section ? matches.filter((doc) => doc.section === options.section) : matches)
    .map((doc) => ({ doc, rank: rank(doc) }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.doc.title, b.doc.title))
    .map(({ doc }) => doc)
  const pages = Math.ceil(ranked.length / PER_PAGE)
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), Math.max(1, pages))
  const shown = ranked.slice((page - 1) * PER_PAGE, page * PER_PAGE)
  // The text for snippets, for this page's results only.
  const texts = new Map(
    shown.length
      ? (
          await payload.find({
            collection: 'search-index',
            overrideAccess: false,
            depth: 0,
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
    total: ranked.length,
    page,
    pages,
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
