import { type FilterSection, PAGE_PARAM, SECTIONS } from '@/lib/sections'

/**
 * The query of a list (its filters and page) or of the search, in one canonical form: proxy.ts
 * rewrites /zh/parks?level=national&county=nankang to /zh/results/parks/<county=nankang&level=national>,
 * so equal queries share one cached page, and the route reads the query back from its path.
 */

/** The query keys of the search page, in their canonical order. */
export const SEARCH_KEYS = ['q', 'section', PAGE_PARAM] as const

/** The query keys of a section's list: its filters, then the page. */
export const listKeys = (section: FilterSection): readonly string[] => [...SECTIONS[section].filters, PAGE_PARAM]

/** Pages further than this are not read (a list that long is searched or filtered, not paged). */
export const MAX_PAGE = 1000

/** Values longer than this are cut (no filter value or query needs more). */
const MAX_VALUE = 100

/**
 * `keys` of `params` in that order, trimmed and cut to length, without empty values and without a
 * page number that is 1 or not a page number: "" when nothing is left.
 */
export function canonicalQuery(keys: readonly string[], params: URLSearchParams): string {
  const out = new URLSearchParams()
  for (const key of keys) {
    const value = params.get(key)?.trim().slice(0, MAX_VALUE)
    if (!value) continue
    if (key === PAGE_PARAM) {
      const page = Number(value)
      if (Number.isInteger(page) && page > 1 && page <= MAX_PAGE) out.set(key, String(page))
    } else out.set(key, value)
  }
  return out.toString()
}

/**
 * A canonical query from a route's path segment, as `key → value`. The proxy writes the segment
 * URL-encoded ("county%3Dnankang"); Next passes a rewritten segment on as it is, and a visitor's own
 * URL may arrive decoded ("county=nankang"). A canonical query always holds "=", its encoded form
 * never does, so the two cannot be confused.
 */
export function readListQuery(keys: readonly string[], segment: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(canonicalQuery(keys, new URLSearchParams(querySegment(segment)))))
}

/** A query held in a path segment, as a query string ("" when it cannot be read); see readListQuery. */
export function querySegment(segment: string): string {
  try {
    return segment.includes('=') ? segment : decodeURIComponent(segment)
  } catch {
    return ''
  }
}

/** The filter values of a list's query (its section's `filters`). */
export function readFilters(section: FilterSection, query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(SECTIONS[section].filters.filter((key) => query[key]).map((key) => [key, query[key]!]))
}

/** The page number of a canonical query (1 when it has none). */
export const readPage = (query: Record<string, string>): number => Number(query[PAGE_PARAM] ?? 1)
