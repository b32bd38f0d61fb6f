import { describe, expect, it } from 'vitest'

import { beijingDay, calendarFrom, EMPTY_CALENDAR, isWorkingDay, workingDeadline } from '@/lib/workdays'

/** A small deterministic generator (the same cases every run; a failure names its seed). */
function random(seed: number) {
  let state = seed
  return () => (state = (state * 48271) % 2147483647) / 2147483647
}

const day = (text: string) => `${text}T00:00:00+08:00`

describe('working days', () => {
  it('count Monday to Friday, the day something arrives not counted', () => {
    // 2026-12-04 is a Friday: one working day later is the end of Monday 7 December, Beijing time.
    expect(workingDeadline(day('2026-12-04'), 1, EMPTY_CALENDAR).toISOString()).toBe('2026-12-07T15:59:59.999Z')
    expect(workingDeadline('2026-12-04T23:30:00+08:00', 0, EMPTY_CALENDAR).toISOString()).toBe(
      '2026-12-04T15:59:59.999Z',
    )
    // 23:30 UTC on Sunday is Monday in Beijing.
    expect(beijingDay('2026-12-06T23:30:00Z')).toBe('2026-12-07')
  })

  it('skip holidays and count the weekend days made working days', () => {
    const calendar = calendarFrom([
      { date: '2026-10-01', kind: 'holiday' },
      { date: '2026-10-02', kind: 'holiday' },
      { date: '2026-10-10', kind: 'workday' },
    ])
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false)
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true) // a Saturday
    // Wednesday 30 September + 1: Thursday and Friday are holidays, so Monday 5 October.
    expect(beijingDay(workingDeadline(day('2026-09-30'), 1, calendar))).toBe('2026-10-05')
    // Friday 9 October + 1: the working Saturday.
    expect(beijingDay(workingDeadline(day('2026-10-09'), 1, calendar))).toBe('2026-10-10')
  })

  it('land on a working day, exactly n of them later, at the end of the day (generated calendars and instants)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed)
      const rows = Array.from({ length: Math.floor(next() * 30) }, () => ({
        date: beijingDay(Date.UTC(2026, 0, 1) + Math.floor(next() * 730) * 86_400_000),
        kind: next() < 0.7 ? 'holiday' : 'workday',
      }))
      const calendar = calendarFrom(rows)
      const from = Date.UTC(2026, 0, 1) + Math.floor(next() * 700 * 86_400_000)
      const n = Math.floor(next() * 12)
      const deadline = workingDeadline(from, n, calendar)
      const last = beijingDay(deadline)
      expect(beijingDay(deadline.getTime() + 1), `seed ${seed}`).not.toBe(last) // the day's last millisecond
      if (n > 0) expect(isWorkingDay(last, calendar), `seed ${seed}`).toBe(true)
      let counted = 0
      for (let t = from + 86_400_000; beijingDay(t) <= last; t += 86_400_000) {
        if (isWorkingDay(beijingDay(t), calendar)) counted++
      }
      expect(counted, `seed ${seed}`).toBe(n)
      if (n > 0)
        expect(workingDeadline(from, n - 1, calendar).getTime(), `seed ${seed}`).toBeLessThan(deadline.getTime())
    }
  })
})
