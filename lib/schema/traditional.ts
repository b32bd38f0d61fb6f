import { Converter } from 'opencc-js/cn2t'

/**
 * Simplified → Traditional Chinese with Hong Kong vocabulary and glyphs (OpenCC's `cn` → `hk`:
 * 里面 → 裏面, 软件 → 軟件). The groundwork of the Traditional locale (issue 16): its text is converted
 * from the Simplified text when saved, unless staff wrote it by hand.
 */
const toHongKong = Converter({ from: 'cn', to: 'hk' })

export const toTraditional = (text: string): string => toHongKong(text)

/**
 * A stored value with all its text converted: strings, arrays, groups and rich-text trees (only
 * their text changes: node types, formats and links are ASCII, which the conversion leaves alone).
 */
export function convertValue<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T
  if (Array.isArray(value)) return value.map((item) => convertValue(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertValue(item)])) as T
  }
  return value
}

/** The characters of `text` that are Simplified forms (a Traditional page should show none). */
export const simplifiedCharacters = (text: string): string[] =>
  [...new Set(text)].filter((char) => /\p{Script=Han}/u.test(char) && toTraditional(char) !== char)
