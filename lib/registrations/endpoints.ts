import { adminT } from '@/i18n/admin'
import { beijingTime, localeNames } from '@/i18n/locales'
import { optionLabel, registrationStates } from '@/lib/schema/options'
import { csvExportEndpoint, type CsvColumn } from '@/lib/server/csv'
import { submitEndpoint } from '@/lib/forms/adapters'
import type { Registration } from '@/payload-types'

/**
 * POST /api/registrations/submit: 201 with the reference and whether it is confirmed or on the
 * waiting list; 409 when the event takes no registrations (lib/forms/adapters.ts for the others).
 */
export const submitRegistrationEndpoint = submitEndpoint(
  async () => (await import('./submit')).submitRegistration,
  (sent: { reference: string; status: 'confirmed' | 'waitlisted' }) => sent,
)

/** GET /api/registrations/export — the registrations list (its filters, e.g. one event) as CSV, times in Beijing time. */
export const registrationCsvEndpoint = csvExportEndpoint('registrations', 'createdAt', (req) => {
  const say = adminT(req.t)
  const columns: CsvColumn<Registration>[] = [
    [say('registrations:reference'), (r) => r.reference],
    [say('registrations:event'), (r) => (typeof r.event === 'object' ? r.event.title : r.event)],
    [say('registrations:registered'), (r) => beijingTime(r.createdAt)],
    [say('registrations:status'), (r) => optionLabel(registrationStates, r.status, req.i18n.language)],
    [say('registrations:name'), (r) => r.name],
    [say('registrations:company'), (r) => r.company],
    [say('registrations:jobTitle'), (r) => r.jobTitle],
    [say('registrations:phone'), (r) => r.phone],
    [say('registrations:email'), (r) => r.email],
    [say('registrations:attendees'), (r) => r.attendees],
    [say('registrations:language'), (r) => (r.language ? localeNames[r.language] : '')],
    [say('registrations:checkedIn'), (r) => (r.checkedIn ? '✓' : '')],
    [say('registrations:checkedInAt'), (r) => r.checkedInAt && beijingTime(r.checkedInAt)],
  ]
  return columns
})
