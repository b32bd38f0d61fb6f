import { Converter } from 'opencc-js/t2cn'

/**
 * How text is cut into search terms, the same way for what is indexed and for what is asked:
 * - Chinese (and other Han text) in Simplified characters (稅收 → 税收, 無人機 → 无人机: a Hong Kong
 *   reader types Traditional, a mainland reader Simplified, on either page), into single characters
 *   and overlapping pairs of characters, so that "园区", "电子信息" (电子 · 子信 · 信息) or "稀土" are
 *   found inside longer text without a dictionary;
 * - Latin words lower-cased and lightly stemmed (parks → park), matched by prefix when asked
 *   ("indus" finds "industrial"); digits as words.
 * Terms are kept space-separated with a space on each side (" park 园区 "), so a term is found with
 * a plain `contains`, which every database adapter supports.
 */
const HAN = /\p{Script=Han}/u
const WORDS = /[\p{Script=Han}]+|[\p{L}\p{N}]+/gu

// Built on first use (its tables take a moment), not when a process that never searches starts.
let converter: ((text: string) => string) | undefined
const toSimplified = (text: string) => (converter ??= Converter({ from: 'hk', to: 'cn' }))(text)

/** Han text in Simplified characters (Traditional and Hong Kong forms folded: 裏 → 里, 稅 → 税); the rest as it is. */
export const foldScript = (text: string): string => (HAN.test(text) ? toSimplified(text) : text)

/** Whether a query holds Chinese (or other Han) characters. */
export const hasHan = (text: string) => HAN.test(text)

const stem = (word: string) =>
  word.length > 4 && word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word

function* terms(text: string, forQuery: boolean): Generator<string> {
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(WORDS)) {
    if (HAN.test(run)) {
      const chars = [...toSimplified(run)]
      if (chars.length === 1 || !forQuery) yield* chars
      for (let i = 0; i + 1 < chars.length; i++) yield chars[i]! + chars[i + 1]!
    } else {
      yield stem(run)
    }
  }
}

/** The terms of a document's text, each once, as stored (" a b c "). */
export function indexTerms(text: string): string {
  return ` ${[...new Set(terms(text, false))].join(' ')} `
}

export type QueryTerm = { term: string; prefix: boolean }

/** The terms of a visitor's query: Han pairs (or a lone character) exactly, Latin words as prefixes. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>()
  const out: QueryTerm[] = []
  for (const term of terms(query, true)) {
    if (seen.has(term)) continue
    seen.add(term)
    out.push({ term, prefix: !HAN.test(term) })
  }
  return out.slice(0, 12)
}

/** The part of `where` of one term: a whole Han term, or a Latin word that starts with it. */
export const termFilter = ({ term, prefix }: QueryTerm) => (prefix ? ` ${term}` : ` ${term} `)

/**
 * Terms stored before Chinese was folded to Simplified (" 稅收 稅 收 "), folded now (" 税收 税 收 "):
 * what the migrations that fold an existing index write (migrations/…_search_across_scripts.ts).
 */
export const foldTerms = (stored: string): string =>
  ` ${[...new Set(stored.trim().split(/\s+/).filter(Boolean).map(foldScript))].join(' ')} `
