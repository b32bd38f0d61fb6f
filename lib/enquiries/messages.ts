import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

import type { EnquiryError, EnquiryField } from './fields'

const all = { zh, en }

/** The form's error messages in a language, from the portal's message files (one source of text). */
export function enquiryErrorMessages(locale: Locale, errors: Partial<Record<EnquiryField, EnquiryError>>) {
  const t = createTranslator({ locale, messages: all[locale], namespace: 'Enquiry.errors' })
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, t(error.key, { max: error.max ?? 0 })]),
  ) as Partial<Record<EnquiryField, string>>
}

export function enquiryMessage(locale: Locale, key: 'rateLimited' | 'failed') {
  return createTranslator({ locale, messages: all[locale], namespace: 'Enquiry.errors' })(key)
}
