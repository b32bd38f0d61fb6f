/**
 * The one list of locales. Payload's `localization`, next-intl's routing, the admin's
 * languages and the tests all read it from here.
 */
export const locales = ['zh', 'zh-hant', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale = 'zh' satisfies Locale

/** Beijing time: every date and time the portal shows visitors and staff is in it. */
export const TIME_ZONE = 'Asia/Shanghai'

/** A time as staff read it in the admin, lists and CSV files: `2026-11-29 15:04` in Beijing time. */
export const beijingTime = (iso: string, withTime = true) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    dateStyle: 'short',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso))

/**
 * What the portal needs to know of each locale, in the one place a locale is added:
 * - `htmlLang`: its BCP 47 tag for `<html lang>`, hreflang and marking text as this language;
 * - `name`: how it names itself (the language switcher);
 * - `short`: its mark in the admin's translation column ("中 ✔ / EN ✘");
 * - `chinese`: written in Chinese (no space before units, 、 in lists, 万/亿 for big numbers);
 * - `intl`: the tag `Intl` formats its numbers and dates with; `collation`: how its lists sort;
 * - `convertedFrom`: its text is converted from that locale's when saved (hooks/traditional.ts), and
 *   its UI messages from that locale's file (scripts/make-hant-messages.mjs); staff may override it.
 */
type LocaleInfo = {
  htmlLang: string
  name: string
  short: string
  chinese: boolean
  intl: string
  collation: string
  convertedFrom?: Locale
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  zh: {
    htmlLang: 'zh-CN',
    name: '简体中文',
    short: '中',
    chinese: true,
    intl: 'zh-CN',
    collation: 'zh-Hans-CN-u-co-pinyin',
  },
  // Traditional Chinese for Hong Kong and Macao readers, at /zh-hant (a script, not a region: Macao
  // and overseas readers use it too). Numbers in 萬/億 (`zh-Hant`; ICU's zh-HK writes "100B"), dates
  // as 2024年9月2日, lists sorted by stroke count as in Hong Kong.
  'zh-hant': {
    htmlLang: 'zh-HK',
    name: '繁體中文',
    short: '繁',
    chinese: true,
    intl: 'zh-Hant',
    collation: 'zh-Hant-HK-u-co-stroke',
    convertedFrom: 'zh',
  },
  en: { htmlLang: 'en', name: 'English', short: 'EN', chinese: false, intl: 'en', collation: 'en' },
}

/** BCP 47 tags for `<html lang>`, hreflang and `Intl`. */
export const htmlLang = Object.fromEntries(locales.map((l) => [l, LOCALE_INFO[l].htmlLang])) as Record<Locale, string>

/** How each locale names itself (the language switcher). */
export const localeNames = Object.fromEntries(locales.map((l) => [l, LOCALE_INFO[l].name])) as Record<Locale, string>

/** Whether a locale is written in Chinese (Simplified or Traditional). */
export const isChinese = (locale: Locale) => LOCALE_INFO[locale].chinese

/**
 * The document field that records whether a language is complete (`zhComplete`, `enComplete`):
 * one per locale, read by the admin's translation column, the dashboard and the publish check.
 */
export const completeField = (locale: Locale) =>
  `${locale.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Complete` as const

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** Locales whose text staff write; the others are converted from one of them (`convertedFrom`). */
export type WrittenLocale = Exclude<Locale, 'zh-hant'>
export const writtenLocales = locales.filter((locale): locale is WrittenLocale => !LOCALE_INFO[locale].convertedFrom)
