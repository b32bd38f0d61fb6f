import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/staff'
import { adminT } from '@/i18n/admin'
import { beijingTime, defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { enquiryStatuses, investmentRanges, optionLabel, premisesNeeds } from '@/lib/schema/options'
import type { Enquiry } from '@/payload-types'

import { csvResponse, exportQuery } from '@/lib/server/csv'
import { submitEndpoint } from '@/lib/forms/adapters'

const requestLocale = (value: unknown, fallback: string | undefined): Locale =>
  isLocale(value) ? value : isLocale(fallback) ? fallback : defaultLocale

/** POST /api/enquiries/submit: 201 with the reference (lib/forms/adapters.ts for the other answers). */
export const submitEnquiryEndpoint = submitEndpoint(
  async () => (await import('./submit')).submitEnquiry,
  (sent: { reference: string }) => sent,
)

/**
 * GET /api/enquiries/export — the enquiries list as CSV for staff, with the same `where` and
 * `sort` query as the admin list view it is linked from. Read with the user's own access.
 */
export const enquiryCsvEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!isStaffUser(user)) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const locale = requestLocale(undefined, req.i18n?.language)
    const { where, sort } = exportQuery(req, ['reference', 'company', 'contactName', 'email', 'phone'])
    const { docs } = await req.payload.find({
      collection: 'enquiries',
      where,
      sort: sort || ['statusRank', 'followUpDate', '-createdAt'],
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const say = adminT(req.t)
    const columns: [string, (e: Enquiry) => unknown][] = [
      [say('enquiries:reference'), (e) => e.reference],
      [say('csv:received'), (e) => beijingTime(e.createdAt)],
      [say('enquiries:status'), (e) => optionLabel(enquiryStatuses, e.status, req.i18n.language)],
      [say('enquiries:company'), (e) => e.company],
      [say('enquiries:contactPerson'), (e) => e.contactName],
      [say('enquiries:phone'), (e) => e.phone],
      [say('enquiries:email'), (e) => e.email],
      [say('enquiries:origin'), (e) => e.origin],
      [say('enquiries:industry'), (e) => (typeof e.industry === 'object' ? e.industry?.name : '')],
      [say('enquiries:plannedInvestment'), (e) => e.investment && optionLabel(investmentRanges, e.investment, locale)],
      [say('enquiries:landOrPremises'), (e) => e.premises && optionLabel(premisesNeeds, e.premises, locale)],
      [say('enquiries:about'), (e) => e.subjectTitle],
      [
        say('enquiries:assignee'),
        (e) => (typeof e.assignee === 'object' ? (e.assignee?.name ?? e.assignee?.email) : ''),
      ],
      [say('enquiries:followUpDate'), (e) => e.followUpDate && beijingTime(e.followUpDate, false)],
      [say('enquiries:message'), (e) => e.message],
    ]
    return csvResponse(docs, columns, 'enquiries')
  },
}
