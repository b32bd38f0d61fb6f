import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { formatDateTime } from '@/lib/portal/format'
import { enquiryStatusPath } from '@/lib/sections'
import { configuredServerUrl } from '@/lib/server/serverUrl'
import type { Enquiry } from '@/payload-types'

/**
 * The enquirer's receipt (issue 28), in the language of the page they wrote on: the reference, what
 * happens next, and where to look up the status (reference + this address). Sent only when they gave
 * an email address; a failure is logged and costs nothing else (the enquiry is stored, staff have it).
 */
export async function sendReceipt(payload: Payload, enquiry: Enquiry): Promise<'sent' | 'failed' | 'none'> {
  if (!enquiry.email) return 'none'
  const locale: Locale = isLocale(enquiry.locale) ? enquiry.locale : defaultLocale
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Enquiry.mail' })
  const vars = {
    reference: enquiry.reference,
    name: enquiry.contactName,
    date: formatDateTime(enquiry.createdAt, locale),
  }
  try {
    await payload.sendEmail({
      to: enquiry.email,
      subject: t('subject', vars),
      text: [
        t('greeting', vars),
        '',
        t('received', vars),
        ...(enquiry.subjectTitle ? [t('about', { title: enquiry.subjectTitle })] : []),
        '',
        t('next'),
        '',
        t('status'),
        `${configuredServerUrl()}${enquiryStatusPath(locale)}?ref=${encodeURIComponent(enquiry.reference)}`,
        '',
        t('unsolicited'),
      ].join('\n'),
    })
    return 'sent'
  } catch (error) {
    payload.logger.error({ err: error, msg: `Enquiry ${enquiry.reference} is stored, but its receipt failed` })
    return 'failed'
  }
}
