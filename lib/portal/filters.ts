import { type FilterSection, SECTIONS } from '@/lib/sections'

/** The known, non-empty filter values of a query (the section's `filters`), each cut to a sane length. */
export function readFilters(section: FilterSection, params: Record<string, string | string[] | undefined>) {
  const filters: Record<string, string> = {}
  for (const key of SECTIONS[section].filters) {
    const raw = params[key]
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100)
    if (value) filters[key] = value
  }
  return filters
}
