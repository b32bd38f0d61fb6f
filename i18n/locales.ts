/**
 * The one list of locales. Payload's `localization`, next-intl's routing, the admin's
 * languages and the tests all read it from here.
 */
export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh'

/** Beijing time: every date and time the portal shows visitors and staff is in it. */
export const TIME_ZONE = 'Asia/Shanghai'

/** A time as staff read it in the admin, lists and CSV files: `2026-11-29 15:04` in Beijing time. */
export const beijingTime = (iso: string, withTime = true) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    dateStyle: 'short',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso))

/** BCP 47 tags for `<html lang>`, hreflang and `Intl`. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' }

/** How each locale names itself (the language switcher shows the other one). */
export const localeNames: Record<Locale, string> = { zh: '中文', en: 'English' }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
