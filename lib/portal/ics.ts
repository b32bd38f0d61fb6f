import { beijingDay } from './format'

export type CalendarEvent = {
  uid: string
  title: string
  startsAt: string
  endsAt?: string | null
  /** All day: the source gives no time (DTSTART;VALUE=DATE, in Beijing's calendar). */
  dateOnly?: boolean | null
  location?: string | null
  description?: string | null
  url: string
  updatedAt: string
}

/** One event as an iCalendar (RFC 5545) file: CRLF lines, escaped text, folded at 75 octets. */
export const icsEvent = (event: CalendarEvent): string => icsCalendar([event])

/**
 * A calendar of events (RFC 5545): one VEVENT each, its UID stable across edits (so a subscribed
 * calendar updates the entry instead of adding another), `name` shown by calendar apps.
 */
export function icsCalendar(events: CalendarEvent[], name?: string): string {
  const stamp = (iso: string) =>
    new Date(iso)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
  const text = (value: string) =>
    value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
  const vevent = (event: CalendarEvent) => {
    const end = event.endsAt ?? new Date(new Date(event.startsAt).getTime() + 2 * 3600_000).toISOString()
    const day = (iso: string, plusDays = 0) =>
      beijingDay(new Date(new Date(iso).getTime() + plusDays * 86400_000).toISOString()).replace(/-/g, '')
    // An all-day entry ends (exclusively) the day after its last day.
    const when = event.dateOnly
      ? [`DTSTART;VALUE=DATE:${day(event.startsAt)}`, `DTEND;VALUE=DATE:${day(event.endsAt ?? event.startsAt, 1)}`]
      : [`DTSTART:${stamp(event.startsAt)}`, `DTEND:${stamp(end)}`]
    return [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(event.updatedAt)}`,
      `LAST-MODIFIED:${stamp(event.updatedAt)}`,
      ...when,
      `SUMMARY:${text(event.title)}`,
      ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
      `URL:${event.url}`,
      'END:VEVENT',
    ]
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Invest Ganzhou//Portal//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name
      ? [`X-WR-CALNAME:${text(name)}`, 'X-WR-TIMEZONE:Asia/Shanghai', 'REFRESH-INTERVAL;VALUE=DURATION:PT6H']
      : []),
    ...events.flatMap(vevent),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** Folds a content line into chunks of at most 75 octets without splitting a character. */
function fold(line: string): string {
  const chunks: string[] = []
  let current = ''
  for (const char of line) {
    const limit = chunks.length === 0 ? 75 : 74
    if (Buffer.byteLength(current + char) > limit) {
      chunks.push(current)
      current = char
    } else current += char
  }
  chunks.push(current)
  return chunks.join('\r\n ')
}

type EventDoc = {
  id: number | string
  slug?: string | null
  title: string
  startsAt: string
  endsAt?: string | null
  dateOnly?: boolean | null
  venue?: string | null
  city?: string | null
  summary?: string | null
  updatedAt: string
}

/** An event as a calendar entry: its UID is the same in every file it appears in (page, feed, email). */
export const calendarEntry = (event: EventDoc, pageUrl: string): CalendarEvent => ({
  uid: `event-${event.id}@invest-ganzhou`,
  title: event.title,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  dateOnly: event.dateOnly,
  location: [event.venue, event.city].filter(Boolean).join(', '),
  description: event.summary,
  url: pageUrl,
  updatedAt: event.updatedAt,
})
