import type { Payload } from 'payload'

import type { Enquiry } from '@/payload-types'
import { enquiryStatuses, investmentRanges, optionLabel, premisesNeeds } from '@/lib/options'
import { configuredServerUrl } from '@/lib/serverUrl'

/** Where new enquiries are announced: ENQUIRY_NOTIFY_TO, else the contact address in the site settings. */
async function notificationAddress(payload: Payload): Promise<string | undefined> {
  const configured = process.env.ENQUIRY_NOTIFY_TO?.trim()
  if (configured) return configured
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return settings.contact?.email ?? undefined
}

function emailText(enquiry: Enquiry): string {
  const admin = `${configuredServerUrl()}/admin/collections/enquiries/${enquiry.id}`
  const lines: [string, string | null | undefined][] = [
    ['咨询编号 Reference', enquiry.reference],
    ['状态 Status', optionLabel(enquiryStatuses, enquiry.status, 'zh')],
    ['企业 Company', enquiry.company],
    ['联系人 Contact', enquiry.contactName],
    ['电话 Phone', enquiry.phone],
    ['邮箱 Email', enquiry.email],
    ['所在地 Origin', enquiry.origin],
    ['投资额 Investment', enquiry.investment && optionLabel(investmentRanges, enquiry.investment, 'zh')],
    ['用地需求 Premises', enquiry.premises && optionLabel(premisesNeeds, enquiry.premises, 'zh')],
    ['咨询对象 About', enquiry.subjectTitle],
    ['来源页面 Page', enquiry.sourcePage],
    ['联系语言 Language', enquiry.preferredLanguage],
  ]
  return [
    '门户网站收到一条新的投资咨询，请在一个工作日内联系。 A new enquiry arrived through the portal; please call back within one working day.',
    '',
    ...lines.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
    '',
    enquiry.message ?? '',
    '',
    admin,
  ].join('\n')
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
    await payload.sendEmail({
      to,
      subject: `新投资咨询 New enquiry ${enquiry.reference} · ${enquiry.company}`,
      text: emailText(enquiry),
    })
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
