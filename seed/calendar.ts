/**
 * The demo's working calendar: 2026's public holidays and working weekend days as we understand the
 * State Council's notice for 2026. A sample: the admin says so and asks staff to check it against
 * the notice (globals/WorkingCalendar.ts); not from the source article.
 */
const range = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) =>
    new Date(new Date(`${from}T00:00:00Z`).getTime() + i * 86_400_000).toISOString().slice(0, 10),
  )

const holiday = (name: string, from: string, days: number) =>
  range(from, days).map((date) => ({ date, kind: 'holiday' as const, name }))
const workday = (name: string, date: string) => ({ date, kind: 'workday' as const, name: `${name}调休上班` })

export const sampleWorkingCalendar = [
  ...holiday('元旦', '2026-01-01', 3),
  workday('元旦', '2026-01-04'),
  ...holiday('春节', '2026-02-15', 9),
  workday('春节', '2026-02-14'),
  workday('春节', '2026-02-28'),
  ...holiday('清明节', '2026-04-04', 3),
  ...holiday('劳动节', '2026-05-01', 5),
  workday('劳动节', '2026-05-09'),
  ...holiday('端午节', '2026-06-19', 3),
  ...holiday('中秋节', '2026-09-25', 3),
  ...holiday('国庆节', '2026-10-01', 7),
  workday('国庆节', '2026-09-20'),
  workday('国庆节', '2026-10-10'),
]
