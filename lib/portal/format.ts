import { pinyin } from 'pinyin-pro'

import { areaUnitLabel } from '@/fields/area'
import { isChinese, type Locale, LOCALE_INFO, TIME_ZONE } from '@/i18n/locales'
import { figureQualifiers, optionLabel } from '@/lib/schema/options'
import { toTraditionalCharacters } from '@/lib/schema/traditional'

export type FigureFormat = 'number' | 'yuan' | 'percent'

/**
 * Big numbers the way each readership writes them: 1000亿 / 1.13亿 / 28.2万 in Chinese,
 * 100 billion / 113 million / 282,000 in English.
 */
function formatNumber(value: number, locale: Locale): string {
  const compact = isChinese(locale) ? Math.abs(value) >= 1e4 : Math.abs(value) >= 1e6
  return new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
    maximumFractionDigits: 2,
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value)
}

/** An area with its unit (20.09平方公里 ↔ 20.09 km²), or null when there is none. */
export function formatArea(
  area: { value?: number | null; unit?: Parameters<typeof areaUnitLabel>[0] } | null | undefined,
  locale: Locale,
): string | null {
  return area?.value != null ? formatFigure(area.value, 'number', areaUnitLabel(area.unit, locale), locale) : null
}

/**
 * A unit staff typed in the plural ("cases", "projects") said of one: "1 case". English only, and
 * only a plain plural in -s (not -ss, -us, -is, nor units such as m², people or RMB).
 */
function countedUnit(unit: string, value: number, locale: Locale): string {
  if (isChinese(locale) || new Intl.PluralRules(LOCALE_INFO[locale].intl).select(value) !== 'one') return unit
  if (/^[a-z]+ies$/i.test(unit)) return `${unit.slice(0, -3)}y`
  return /^[a-z]{2,}[^siu]s$/i.test(unit) ? unit.slice(0, -1) : unit
}

/** A figure with its unit: 1000亿元 ↔ RMB 100 billion, 20.09平方公里 ↔ 20.09 km². */
export function formatFigure(
  value: number,
  format: FigureFormat | null | undefined,
  unit: string | null | undefined,
  locale: Locale,
  qualifier?: string | null,
): string {
  const number = formatNumber(value, locale)
  unit = unit && countedUnit(unit, value, locale)
  const figure =
    format === 'yuan'
      ? isChinese(locale)
        ? `${number}元`
        : `RMB ${number}`
      : format === 'percent'
        ? `${number}%`
        : !unit
          ? number
          : // No space before a unit that is a sign (+, %), nor in Chinese (20.09平方公里).
            isChinese(locale) || !/^[\p{L}\p{N}]/u.test(unit)
            ? `${number}${unit}`
            : `${number} ${unit}`
  // 突破1000亿元 / over RMB 100 billion: the source's qualifier stays with its figure.
  if (!qualifier) return figure
  const word = optionLabel(figureQualifiers, qualifier, locale)
  return isChinese(locale) ? `${word}${figure}` : `${word} ${figure}`
}

/** 2024年9月2日 / 2 Sep 2024, in Beijing time. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (isChinese(locale)) {
    return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date)
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')}`
}

/** The day in Beijing of an instant, as `YYYY-MM-DD` (a date-only `<time>`, an all-day calendar entry). */
export const beijingDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  )

/** 2024年9月2日 09:30 / 2 Sep 2024, 09:30 (Beijing time). */
export function formatDateTime(iso: string, locale: Locale): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso))
  return isChinese(locale) ? `${formatDate(iso, locale)} ${time}` : `${formatDate(iso, locale)}, ${time}`
}

type DurationFormatter = { format: (duration: { hours: number; minutes: number }) => string }
const { DurationFormat } = Intl as unknown as {
  DurationFormat: new (locale: string, options: { style: 'short' }) => DurationFormatter
}

/** A travel time: 2小时30分钟 / 2 hr, 30 min. */
export const formatDuration = (minutes: number, locale: Locale) =>
  new DurationFormat(LOCALE_INFO[locale].intl, { style: 'short' }).format({
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
  })

/** Items of a list in running text: 电子信息、新能源 / Electronics, New energy. */
export const formatList = (items: string[], locale: Locale) => items.join(isChinese(locale) ? '、' : ', ')

/** Between a label and its value in running text: 电话：… / Phone: … */
export const labelled = (label: string, value: string, locale: Locale) =>
  `${label}${isChinese(locale) ? '：' : ': '}${value}`

/**
 * A Chinese document number as an English reader writes it: 赣府发〔2024〕11号 → Gan Fu Fa [2024] No. 11,
 * DEMO〔2024〕01号 → DEMO [2024] No. 01. Chinese pages show it as issued.
 */
export function formatDocumentNumber(value: string, locale: Locale): string {
  // Traditional pages show the number in Traditional characters (赣府发 → 贛府發).
  if (isChinese(locale)) return LOCALE_INFO[locale].convertedFrom ? toTraditionalCharacters(value) : value
  const match = /^(.*?)\s*[〔［[]\s*(\d{4})\s*[〕］\]]\s*(\d+)\s*号?$/.exec(value.trim())
  if (!match) return value
  const [, prefix, year, number] = match
  const issuer = prefix!.replace(/\p{Script=Han}+/gu, (han) =>
    pinyin(han, { toneType: 'none', type: 'array' })
      .map((syllable) => syllable.charAt(0).toUpperCase() + syllable.slice(1))
      .join(' '),
  )
  return `${issuer} [${year}] No. ${number}`
}
