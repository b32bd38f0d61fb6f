import { initI18n } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { adminT } from '@/i18n/admin'
import { defaultLocale, isLocale, localeNames } from '@/i18n/locales'

import type { Enquiry } from '@/payload-types'
import {
  aftercareCategories,
  enquiryStatuses,
  investmentRanges,
  optionLabel,
  premisesNeeds,
} from '@/lib/schema/options'
import { configuredServerUrl } from '@/lib/server/serverUrl'

/** Where new enquiries are announced: ENQUIRY_NOTIFY_TO, else the contact address in the site settings. */
export async function notificationAddress(payload: Payload): Promise<string | undefined> {
  const configured = process.env.ENQUIRY_NOTIFY_TO?.trim()
  if (configured) return configured
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return settings.contact?.email ?? undefined
}

/** The name of the industry the enquirer chose, in the staff's language. */
async function industryName(payload: Payload, id: Enquiry['industry']) {
  if (id == null) return undefined
  const industry = await payload
    .findByID({
      collection: 'industries',
      id: typeof id === 'object' ? id.id : id,
      locale: defaultLocale,
      depth: 0,
      select: { name: true },
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  return industry?.name
}

/** A language as staff read it: 简体中文, 繁體中文, English (each names itself), never its code. */
const languageName = (code: string | null | undefined) => (isLocale(code) ? localeNames[code] : code)

/**
 * The staff email, in the admin's default language (Payload's i18n with our texts, i18n/admin),
 * with every field the enquirer filled or chose.
 */
async function email(payload: Payload, enquiry: Enquiry) {
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: defaultLocale })
  const say = adminT(i18n.t)
  const aftercare = enquiry.kind === 'aftercare'
  const lines: [string, string | null | undefined][] = [
    [say('enquiries:reference'), enquiry.reference],
    [
      say('enquiries:aftercareCategory'),
      enquiry.aftercareCategory && optionLabel(aftercareCategories, enquiry.aftercareCategory, i18n.language),
    ],
    [say('enquiries:status'), optionLabel(enquiryStatuses, enquiry.status, i18n.language)],
    [say('enquiries:company'), enquiry.company],
    [say('enquiries:contactPerson'), enquiry.contactName],
    [say('enquiries:phone'), enquiry.phone],
    [say('enquiries:email'), enquiry.email],
    [say('enquiries:origin'), enquiry.origin],
    [say('enquiries:industry'), await industryName(payload, enquiry.industry)],
    [
      say('enquiries:plannedInvestment'),
      enquiry.investment && optionLabel(investmentRanges, enquiry.investment, i18n.language),
    ],
    [say('enquiries:landOrPremises'), enquiry.premises && optionLabel(premisesNeeds, enquiry.premises, i18n.language)],
    [say('enquiries:about'), enquiry.subjectTitle],
    [say('enquiries:sourcePage'), enquiry.sourcePage],
    [say('enquiries:preferredLanguage'), languageName(enquiry.preferredLanguage)],
    [say('enquiries:formLanguage'), languageName(enquiry.locale)],
  ]
  return {
    subject: say(aftercare ? 'email:aftercareSubject' : 'email:subject', {
      reference: enquiry.reference,
      company: enquiry.company,
    }),
    text: [
      say(aftercare ? 'email:aftercareIntro' : 'email:intro'),
      '',
      ...lines.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
      '',
      enquiry.message ?? '',
      '',
      `${configuredServerUrl()}/admin/collections/enquiries/${enquiry.id}`,
    ].join('\n'),
  }
}

/**
 * Announces a stored enquiry by email (Payload's email adapter: SMTP when configured, else the
 * server log) and records whether that worked. A failing mail server costs the email, never the
 * enquiry: it is already stored, and staff see "failed" on it.
 */
export async function notifyStaff(payload: Payload, enquiry: Enquiry): Promise<'sent' | 'failed'> {
  let outcome: 'sent' | 'failed' = 'sent'
  try {
    const to = await notificationAddress(payload)
    if (!to) throw new Error('no address: set ENQUIRY_NOTIFY_TO or the contact email in the site settings')
    await payload.sendEmail({ to, ...(await email(payload, enquiry)) })
  } catch (error) {
    outcome = 'failed'
    payload.logger.error({
      err: error,
      msg: `Enquiry ${enquiry.reference} is stored, but its notification email failed`,
    })
  }
  await payload
    .update({
      collection: 'enquiries',
      id: enquiry.id,
      data: { notification: outcome },
      overrideAccess: true,
      depth: 0,
    })
    .catch((error) => payload.logger.error({ err: error, msg: `Enquiry ${enquiry.reference}: notification state` }))
  return outcome
}
