import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/staff'
import { adminT } from '@/i18n/admin'
import { beijingTime, localeNames } from '@/i18n/locales'
import { optionLabel, registrationStates } from '@/lib/schema/options'
import { csvResponse, exportQuery } from '@/lib/server/csv'
import { notStoredResponse, readSubmission } from '@/lib/server/submission'
import type { Registration } from '@/payload-types'

/**
 * POST /api/registrations/submit — the registration form's code path for API clients (JSON or form
 * data): 201 with the reference and whether it is confirmed or on the waiting list; 400 with a
 * localized message per field; 409 when the event takes no registrations; 429 when one address sent
 * too many.
 */
export const submitRegistrationEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const { raw, locale, ip } = await readSubmission(req)
    const { submitRegistration } = await import('./submit')
    const result = await submitRegistration(req.payload, raw, { ip, locale })
    switch (result.status) {
      case 'confirmed':
      case 'waitlisted':
        return Response.json({ reference: result.reference, status: result.status }, { status: 201 })
      case 'dropped':
        return Response.json({ reference: result.reference, status: 'confirmed' }, { status: 201 })
      case 'closed':
        return Response.json({ message: result.message }, { status: 409 })
      default:
        return notStoredResponse(result)
    }
  },
}

/** GET /api/registrations/export — the registrations list (its filters, e.g. one event) as CSV, times in Beijing time. */
export const registrationCsvEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!isStaffUser(user)) return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    const { where, sort } = exportQuery(req, ['reference', 'name', 'company', 'email', 'phone'])
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where,
      sort: sort || 'createdAt',
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const say = adminT(req.t)
    const columns: [string, (r: Registration) => unknown][] = [
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
    return csvResponse(docs, columns, 'registrations')
  },
}
