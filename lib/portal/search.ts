import type { Payload } from 'payload'

import { defaultLocale, isChinese, type Locale } from '@/i18n/locales'
import { indexMatches, type Match } from '@/lib/search/matches'
import { foldScript, hasHan, indexTerms, type QueryTerm, queryTerms, termFilter } from '@/lib/search/tokens'
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

/**
 * Up to ~160 characters of `text` around the first match, matches marked. Matched in Simplified
 * characters, as the terms are (稅 in the text is marked for 税 asked), where folding keeps every
 * character in its place (it does, character for character, in all but rare phrases).
 */
function snippet(text: string, pattern: RegExp | undefined): SnippetPart[] {
  if (!pattern) return [{ text: text.slice(0, 160), mark: false }]
  // Folded only when the text as written has no match (Traditional text, a Simplified query): folding
  // a long text costs a few milliseconds a result.
  const raw = text.search(pattern)
  const folded = raw >= 0 ? text : foldScript(text)
  const same = folded.length === text.length
  const first = raw >= 0 ? raw : same ? folded.search(pattern) : -1
  let start = Math.max(0, first - 50)
  let end = Math.min(text.length, start + 160)
  // Cut English at a space rather than inside a word (Chinese has none to look for).
  const space = text.indexOf(' ', start)
  if (start > 0 && space !== -1 && space - start < 15 && space < first) start = space + 1
  const lastSpace = text.lastIndexOf(' ', end)
  if (end < text.length && lastSpace > end - 15 && lastSpace > first) end = lastSpace
  const window = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '')
  const searched = same ? (start > 0 ? '…' : '') + folded.slice(start, end) + (end < text.length ? '…' : '') : window
  const parts: SnippetPart[] = []
  let last = 0
  for (const match of searched.matchAll(new RegExp(pattern.source, 'giu'))) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), mark: false })
    parts.push({ text: window.slice(match.index, match.index + match[0].length), mark: true })
    last = match.index + match[0].length
  }
  if (last < window.length) parts.push({ text: window.slice(last), mark: false })
  return parts
}

/**
 * The entries in `locale` matching every term. A Chinese query on a page in a language without
 * Chinese text (English) also looks in the Chinese text, and each document found there is shown
 * by its entry in the page's language, so the link leads to the English page (稀土 on /en finds the
 * rare-earth park); a document without an entry in that language keeps its Chinese one.
 */
async function localeMatches(payload: Payload, locale: Locale, query: string, terms: QueryTerm[]): Promise<Match[]> {
  const own = await indexMatches(payload, locale, terms)
  if (isChinese(locale) || !hasHan(query)) return own
  const key = (doc: Pick<Match, 'section' | 'docId'>) => `${doc.section}:${doc.docId}`
  const seen = new Set(own.map(key))
  const chinese = (await indexMatches(payload, defaultLocale, terms)).filter((doc) => !seen.has(key(doc)))
  if (chinese.length === 0) return own
  const { docs } = await payload.find({
    collection: 'search-index',
    overrideAccess: false,
    depth: 0,
    where: { and: [{ locale: { equals: locale } }, { docId: { in: chinese.map((doc) => doc.docId) } }] },
    pagination: false,
    select: { section: true, docId: true, slug: true, title: true },
  })
  const inLocale = new Map(docs.map((doc) => [key(doc), doc]))
  return [...own, ...chinese.map((doc) => inLocale.get(key(doc)) ?? doc)]
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
  const matches = await localeMatches(payload, locale, query, terms)
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
  // A Chinese run of the query is marked whole where it occurs (无人机, not 无人 then 人机 apart),
  // else its pairs; a word found by its prefix is marked whole.
  const runs = (foldScript(query.slice(0, 100).normalize('NFKC')).match(/\p{Script=Han}{3,}/gu) ?? []).sort(
    (a, b) => b.length - a.length,
  )
  const pattern = new RegExp(
    [
      ...runs.map(escape),
      ...terms.map(({ term, prefix }) => (prefix ? `(?<![\\p{L}\\p{N}])${escape(term)}[\\p{L}\\p{N}]*` : escape(term))),
    ].join('|'),
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
