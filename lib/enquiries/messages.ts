import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

import type { EnquiryError, EnquiryField } from './fields'

/** The form's error messages in a language, from the portal's message files (one source of text). */
export function enquiryErrorMessages(locale: Locale, errors: Partial<Record<EnquiryField, EnquiryError>>) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Enquiry.errors' })
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, t(error.key, { max: error.max ?? 0 })]),
  ) as Partial<Record<EnquiryField, string>>
}

export function enquiryMessage(locale: Locale, key: 'rateLimited' | 'failed' | 'tooFast' | 'expired') {
  return createTranslator({ locale, messages: messages[locale], namespace: 'Enquiry.errors' })(key)
}
