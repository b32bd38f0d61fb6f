import type { WrittenLocale } from '@/i18n/locales'

/** A value written in both languages in the seed data. */
export type Both<T = string> = { zh: T; en: T }

export const both = <T>(zh: T, en: T): Both<T> => ({ zh, en })

const isBoth = (value: unknown): value is Both<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  'zh' in value &&
  'en' in value

/** Picks one language out of seed data: every `{ zh, en }` pair becomes its `locale` value. */
export function localize(value: unknown, locale: WrittenLocale): unknown {
  if (isBoth(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => localize(item, locale))
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, locale)]))
  }
  return value
}

/**
 * Gives array rows of the second language the ids of the rows the first language created, so
 * Payload stores both languages on the same rows instead of replacing them.
 */
export function keepRowIds(data: unknown, saved: unknown): unknown {
  if (Array.isArray(data) && Array.isArray(saved)) {
    return data.map((row, i) => {
      const savedRow: unknown = saved[i]
      const merged = keepRowIds(row, savedRow)
      return savedRow && typeof savedRow === 'object' && 'id' in savedRow && merged && typeof merged === 'object'
        ? { ...merged, id: savedRow.id }
        : merged
    })
  }
  if (data && typeof data === 'object' && saved && typeof saved === 'object' && !Array.isArray(data)) {
    const savedRecord = saved as Record<string, unknown>
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, keepRowIds(v, savedRecord[k])]))
  }
  return data
}
