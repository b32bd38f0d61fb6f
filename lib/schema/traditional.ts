import { Converter, CustomConverter } from 'opencc-js/cn2t'
import HKVariants from 'opencc-js/dict/HKVariants'
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases'
import STCharacters from 'opencc-js/dict/STCharacters'
import STPhrases from 'opencc-js/dict/STPhrases'

/**
 * Hong Kong vocabulary (issue 28): OpenCC's `hk` tables change characters and glyphs (里 → 裏,
 * 台 → 臺), not words, so converted text read as mainland Chinese in Traditional characters
 * ("郵箱", "聯繫", "在線諮詢"). These phrases are replaced after OpenCC, in the UI messages
 * (scripts/make-hant-messages.mjs, which imports this file as it is: no other imports here) and in
 * converted content (hooks/traditional.ts); fields staff
 * reviewed by hand are never converted, so never touched. Longest match first (電子郵箱 before 郵箱).
 * Sources: the HKSAR government's own usage on gov.hk and InvestHK pages (電郵, 聯絡, 網上, 搜尋,
 * 查詢 for an enquiry, 個人資料 as in the Personal Data (Privacy) Ordinance).
 */
export const HONG_KONG_PHRASES: readonly (readonly [mainland: string, hongKong: string])[] = [
  ['個人信息', '個人資料'],
  ['信息', '資訊'],
  ['電子郵箱', '電郵'],
  ['郵箱地址', '電郵地址'],
  ['的郵箱地址', '的電郵地址'],
  ['的郵箱', '的電郵地址'],
  ['此郵箱', '此電郵地址'],
  ['郵箱', '電郵'],
  ['電子郵件', '電郵'],
  ['郵件', '電郵'],
  ['聯繫', '聯絡'],
  ['在線', '網上'],
  ['搜索', '搜尋'],
  ['鏈接', '連結'],
  ['點擊', '按'],
  ['打印', '列印'],
  ['添加到', '加入'],
  ['添加', '加入'],
  ['諮詢', '查詢'],
  ['支持', '支援'],
  ['視頻', '影片'],
  ['默認', '預設'],
  ['登錄', '登入'],
  ['賬號', '帳戶'],
  ['賬戶', '帳戶'],
  ['菜單', '選單'],
  ['服務器', '伺服器'],
  ['短信', '短訊'],
  ['反饋', '回饋'],
  ['鼠標', '滑鼠'],
  ['出租車', '的士'],
  ['公交車', '巴士'],
  ['自行車', '單車'],
]

/** The mainland words a Traditional page must not show outside reviewed fields (the tests' list). */
export const MAINLAND_WORDS = HONG_KONG_PHRASES.map(([mainland]) => mainland)

/**
 * Simplified → Traditional Chinese with Hong Kong glyphs (OpenCC's `cn` → `hk`: 里面 → 裏面), then
 * Hong Kong words (HONG_KONG_PHRASES: 邮箱 → 電郵, 在线咨询 → 網上查詢). The groundwork of the
 * Traditional locale (issue 16): its text is converted from the Simplified text when saved, unless
 * staff wrote it by hand; its UI messages are converted the same way (scripts/make-hant-messages.mjs).
 */
export const toTraditional = (text: string): string => (convert ??= converter())(text)

/**
 * Made on first use: building OpenCC's tables takes about 300 ms and tens of MB, which a server
 * answering only Simplified and English pages never needs.
 */
let convert: ((text: string) => string) | undefined
function converter() {
  const toHongKong = Converter({ from: 'cn', to: 'hk' })
  const hongKongWords = CustomConverter(HONG_KONG_PHRASES.map(([from, to]) => [from, to]))
  return (text: string) => hongKongWords(toHongKong(text))
}

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
 * Character by character, with the same tables (Simplified → Traditional, then Hong Kong glyphs),
 * without OpenCC's phrase tables: a few thousand entries instead of ~40 MB of tries built in
 * 450 ms. For short official text a page shows as given, such as a document number's issuer
 * (赣府发 → 贛府發): an abbreviation is no phrase, and reading it as one goes wrong (瑞金发改 is
 * 瑞金 + 发改委, which the phrase tables write 瑞金髮改, "blond"). `toTraditional` for running text.
 */
export const toTraditionalCharacters = (text: string): string => {
  const table = (characterTable ??= characterTableFrom())
  return Array.from(text, (char) => table.get(char) ?? char).join('')
}

let characterTable: Map<string, string> | undefined
function characterTableFrom() {
  const singles = (dictionary: string) =>
    new Map(
      dictionary
        .split('|')
        .map((entry) => entry.split(' '))
        .filter(([from, to]) => [...from!].length === 1 && to && [...to].length === 1) as [string, string][],
    )
  const traditional = singles(STCharacters)
  const hongKong = singles(HKVariants)
  const table = new Map<string, string>()
  for (const char of new Set([...traditional.keys(), ...hongKong.keys()])) {
    const converted = traditional.get(char) ?? char
    table.set(char, hongKong.get(converted) ?? converted)
  }
  return table
}

/**
 * Characters that exist only as Simplified forms: keys of OpenCC's Simplified → Traditional table
 * that are no Traditional form of anything (发, 号 — but not 面 or 表, which Traditional writes too).
 */
let simplifiedOnly: Set<string> | undefined
const simplifiedOnlyCharacters = () => {
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
}

/** The characters of `text` that are Simplified forms (a Traditional page should show none). */
export const simplifiedCharacters = (text: string): string[] => {
  const simplified = (simplifiedOnly ??= simplifiedOnlyCharacters())
  return [...new Set(text)].filter((char) => simplified.has(char))
}
