/**
 * Working days in mainland China: Monday to Friday, except the public holidays, plus the weekend
 * days that the State Council's yearly notice makes working days (调休). The holidays and those days
 * are data that staff keep in the admin (globals/WorkingCalendar.ts), not code; this module only
 * counts. Days are Beijing days (UTC+8 all year: China has no daylight saving time).
 */
export type WorkingCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> }

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() }

const BEIJING_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** `YYYY-MM-DD` of the Beijing day an instant falls on. */
export const beijingDay = (instant: Date | string | number): string =>
  new Date(new Date(instant).getTime() + BEIJING_MS).toISOString().slice(0, 10)

/** Whether a Beijing day (`YYYY-MM-DD`) is a working day. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.holidays.has(day)) return false
  if (calendar.workdays.has(day)) return true
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10)

/**
 * The end (23:59:59.999 Beijing) of the `n`th working day after the day of `from`: "within n working
 * days" as a bureau counts it, the day something arrives not counted. n = 0: the end of that day.
 */
export function workingDeadline(from: Date | string | number, n: number, calendar: WorkingCalendar): Date {
  let day = beijingDay(from)
  // A year holds about 250 working days; a calendar cannot make every day a holiday for longer.
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard++) {
    day = nextDay(day)
    if (isWorkingDay(day, calendar)) left--
  }
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - BEIJING_MS + DAY_MS - 1)
}

/** A calendar from the rows staff keep: `{ date: 'YYYY-MM-DD', kind: 'holiday' | 'workday' }`. */
export function calendarFrom(rows: readonly { date?: string | null; kind?: string | null }[] | null | undefined) {
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  for (const row of rows ?? []) {
    if (!row.date) continue
    if (row.kind === 'workday') workdays.add(row.date)
    else holidays.add(row.date)
  }
  return { holidays, workdays } satisfies WorkingCalendar
}

/** Whether an instant is in Beijing office hours (9:00 to 18:00), when a reminder is worth sending. */
export const inOfficeHours = (instant: Date) => {
  const hour = (instant.getUTCHours() + 8) % 24
  return hour >= 9 && hour < 18
}
