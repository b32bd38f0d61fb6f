import type { Locale } from '@/i18n/locales'
import { beijingDay, formatDate, formatDateTime } from '@/lib/portal/format'

/** When an event starts: its day only when no time was published (`dateOnly`), else day and time. */
export function EventTime({ at, dateOnly, locale }: { at: string; dateOnly?: boolean | null; locale: Locale }) {
  return dateOnly ? (
    <time dateTime={beijingDay(at)}>{formatDate(at, locale)}</time>
  ) : (
    <time dateTime={at}>{formatDateTime(at, locale)}</time>
  )
}
