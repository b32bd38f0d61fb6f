/**
 * The query parameters each list understands. A list URL with any of them is served by the
 * dynamic results route (proxy.ts rewrites it); without them by the static list page.
 */
export const FILTER_KEYS = {
  parks: ['industry', 'county', 'level'],
  policies: ['q', 'category', 'industry', 'status'],
  events: ['when', 'type'],
  cases: ['origin', 'industry'],
} as const

export type FilterSection = keyof typeof FILTER_KEYS

export const isFilterSection = (value: string): value is FilterSection => value in FILTER_KEYS

/** The known, non-empty filter values of a query, each cut to a sane length. */
export function readFilters(section: FilterSection, params: Record<string, string | string[] | undefined>) {
  const filters: Record<string, string> = {}
  for (const key of FILTER_KEYS[section]) {
    const raw = params[key]
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100)
    if (value) filters[key] = value
  }
  return filters
}
