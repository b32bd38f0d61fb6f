import { adminT } from '@/i18n/admin'
import { beijingTime, defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { enquiryStatuses, investmentRanges, optionLabel, premisesNeeds } from '@/lib/schema/options'
import type { Enquiry } from '@/payload-types'

import { csvExportEndpoint, type CsvColumn } from '@/lib/server/csv'
import { submitEndpoint } from '@/lib/forms/adapters'

/** POST /api/enquiries/submit: 201 with the reference (lib/forms/adapters.ts for the other answers). */
export const submitEnquiryEndpoint = submitEndpoint(
  async () => (await import('./submit')).submitEnquiry,
  (sent: { reference: string }) => sent,
)

/**
 * GET /api/enquiries/export — the enquiries list as CSV for staff, with the same `where` and
 * `sort` query as the admin list view it is linked from. Read with the user's own access.
 */
export const enquiryCsvEndpoint = csvExportEndpoint(
  'enquiries',
  ['statusRank', 'followUpDate', '-createdAt'],
  (req) => {
    // Option labels in the admin's language (the CSV's readers).
    const language = req.i18n?.language
    const locale: Locale = isLocale(language) ? language : defaultLocale
    const say = adminT(req.t)
    const columns: CsvColumn<Enquiry>[] = [
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
      [say('enquiries:team'), (e) => (typeof e.team === 'object' ? e.team?.name : '')],
      [say('enquiries:dueAt'), (e) => e.dueAt && beijingTime(e.dueAt)],
      [say('enquiries:overdue'), (e) => (e.overdue ? say('enquiries:overdue') : '')],
      [say('enquiries:followUpDate'), (e) => e.followUpDate && beijingTime(e.followUpDate, false)],
      [say('enquiries:message'), (e) => e.message],
    ]
    return columns
  },
)
