import { defaultLocale, locales } from '@/i18n/locales'
import { investmentRanges, premisesNeeds } from '@/lib/schema/options'
import type { Enquiry } from '@/payload-types'

/** Most characters each text field of the enquiry form takes (the database stores them as text). */
export const ENQUIRY_MAX = {
  company: 200,
  contactName: 100,
  phone: 40,
  email: 254,
  origin: 100,
  message: 2000,
} as const

/** The form's honeypot: hidden from people, filled in by bots. */
export const HONEYPOT_FIELD = 'website_url'

/** The form's field names, in the order they are shown (and errors are listed). */
export const ENQUIRY_FIELDS = [
  'company',
  'contactName',
  'phone',
  'email',
  'origin',
  'industry',
  'investment',
  'premises',
  'message',
  'preferredLanguage',
  'consent',
] as const
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number]

export type EnquiryErrorKey =
  'required' | 'contactRequired' | 'invalidEmail' | 'invalidPhone' | 'tooLong' | 'consentRequired' | 'invalidChoice'

export type EnquiryError = { key: EnquiryErrorKey; max?: number }

/** The form's values as text, exactly as the investor typed them (trimmed), to refill the form. */
export type EnquiryValues = Partial<Record<EnquiryField | 'subject' | 'sourcePage' | 'startedAt', string>>

export type EnquiryData = {
  company: string
  contactName: string
  phone?: string
  email?: string
  origin?: string
  /** Slug of an industry; resolved to its document when stored. */
  industry?: string
  investment?: Enquiry['investment']
  premises?: Enquiry['premises']
  message?: string
  preferredLanguage: (typeof locales)[number]
  consent: true
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/
const PHONE = /^\+?[\d\s\-().]+$/

/** An address a mail server would accept the look of. */
export const isEmail = (value: string) => EMAIL.test(value)
/** A phone number: digits with the usual separators, 6 to 20 digits. */
export const isPhone = (value: string) => {
  const digits = value.replace(/\D/g, '').length
  return PHONE.test(value) && digits >= 6 && digits <= 20
}

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * Checks an enquiry as submitted (form fields or JSON) and returns either the data to store or an
 * error per field. Pure: no database, no language — messages are chosen by the caller.
 */
export function checkEnquiry(raw: Record<string, unknown>): {
  values: EnquiryValues
  data?: EnquiryData
  errors: Partial<Record<EnquiryField, EnquiryError>>
} {
  const values: EnquiryValues = {}
  for (const field of [...ENQUIRY_FIELDS, 'subject', 'sourcePage', 'startedAt'] as const) {
    if (field === 'consent') continue
    const value = text(typeof raw[field] === 'number' ? String(raw[field]) : raw[field])
    if (value) values[field] = value
  }
  const consent = raw.consent === true || ['on', 'true', '1', 'yes'].includes(text(raw.consent))
  if (consent) values.consent = 'on'

  const errors: Partial<Record<EnquiryField, EnquiryError>> = {}
  for (const field of ['company', 'contactName'] as const) if (!values[field]) errors[field] = { key: 'required' }
  for (const [field, max] of Object.entries(ENQUIRY_MAX) as [keyof typeof ENQUIRY_MAX, number][]) {
    if ((values[field]?.length ?? 0) > max) errors[field] = { key: 'tooLong', max }
  }
  const { phone, email } = values
  if (!phone && !email) errors.phone = errors.email = { key: 'contactRequired' }
  if (phone && !errors.phone && !isPhone(phone)) errors.phone = { key: 'invalidPhone' }
  if (email && !errors.email && !isEmail(email)) errors.email = { key: 'invalidEmail' }
  if (values.investment && !investmentRanges.some((o) => o.value === values.investment)) {
    errors.investment = { key: 'invalidChoice' }
  }
  if (values.premises && !premisesNeeds.some((o) => o.value === values.premises)) {
    errors.premises = { key: 'invalidChoice' }
  }
  const preferredLanguage = values.preferredLanguage ?? defaultLocale
  if (!(locales as readonly string[]).includes(preferredLanguage)) errors.preferredLanguage = { key: 'invalidChoice' }
  if (!consent) errors.consent = { key: 'consentRequired' }

  if (Object.keys(errors).length > 0) return { values, errors }
  return {
    values,
    errors,
    data: {
      company: values.company!,
      contactName: values.contactName!,
      phone,
      email,
      origin: values.origin,
      industry: values.industry,
      investment: values.investment as EnquiryData['investment'],
      premises: values.premises as EnquiryData['premises'],
      message: values.message,
      preferredLanguage: preferredLanguage as EnquiryData['preferredLanguage'],
      consent: true,
    },
  }
}

/** The form's strings, localized (and formatted) by the server: the browser needs no i18n library. */
export const ENQUIRY_STRINGS = [
  'company',
  'contactName',
  'phone',
  'email',
  'contactHint',
  'origin',
  'originPlaceholder',
  'industry',
  'investment',
  'premises',
  'message',
  'messageHint',
  'preferredLanguage',
  'consent',
  'choose',
  'requiredMark',
  'submit',
  'submitting',
  'privacy',
  'privacyLink',
  'successTitle',
  'successBody',
  'another',
] as const
export type EnquiryStrings = Record<(typeof ENQUIRY_STRINGS)[number], string> & { about?: string }
