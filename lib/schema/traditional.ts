import { Converter } from 'opencc-js/cn2t'
import HKVariants from 'opencc-js/dict/HKVariants'
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases'
import STCharacters from 'opencc-js/dict/STCharacters'
import STPhrases from 'opencc-js/dict/STPhrases'

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

/**
 * Characters that exist only as Simplified forms: keys of OpenCC's Simplified → Traditional table
 * that are no Traditional form of anything (发, 号 — but not 面 or 表, which Traditional writes too).
 */
const SIMPLIFIED_ONLY = (() => {
  const entries = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' '))
  // Whatever the conversion can write is Traditional: every target of its tables, characters and
  // phrases, and the Hong Kong forms (户, and 里 of 公里, 台 of 平台, come from those).
  const traditional = new Set(
    [STCharacters, STPhrases, HKVariants, HKVariantsPhrases].flatMap((dictionary) =>
      entries(dictionary).flatMap(([, ...targets]) => targets.flatMap((target) => [...target])),
    ),
  )
  return new Set(
    entries(STCharacters)
      .map(([simplified]) => simplified!)
      .filter((char) => !traditional.has(char)),
  )
})()

/** The characters of `text` that are Simplified forms (a Traditional page should show none). */
export const simplifiedCharacters = (text: string): string[] =>
  [...new Set(text)].filter((char) => SIMPLIFIED_ONLY.has(char))
