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
 * A form's fields as text, trimmed, exactly as typed (to refill the form after an error); the
 * consent box as given or not (a checkbox posts "on"; JSON clients send true).
 */
export function readForm<F extends string>(raw: Record<string, unknown>, fields: readonly F[]) {
  const values: Partial<Record<F, string>> = {}
  for (const field of fields) {
    if (field === 'consent') continue
    const value = text(typeof raw[field] === 'number' ? String(raw[field]) : raw[field])
    if (value) values[field] = value
  }
  const consent = raw.consent === true || ['on', 'true', '1', 'yes'].includes(text(raw.consent))
  if (consent) (values as Record<string, string>).consent = 'on'
  return { values, consent }
}

/** "Fill this in" for each required field left empty, "at most N characters" for each one too long. */
export function checkText<F extends string>(
  values: Partial<Record<string, string>>,
  required: readonly F[],
  max: Partial<Record<F, number>>,
) {
  const errors: Partial<Record<F, { key: 'required' | 'tooLong'; max?: number }>> = {}
  for (const field of required) if (!values[field]) errors[field] = { key: 'required' }
  for (const [field, limit] of Object.entries(max) as [F, number][]) {
    if ((values[field]?.length ?? 0) > limit) errors[field] = { key: 'tooLong', max: limit }
  }
  return errors
}

/**
 * Checks an enquiry as submitted (form fields or JSON) and returns either the data to store or an
 * error per field. Pure: no database, no language — messages are chosen by the caller.
 */
export function checkEnquiry(raw: Record<string, unknown>): {
  values: EnquiryValues
  data?: EnquiryData
  errors: Partial<Record<EnquiryField, EnquiryError>>
} {
  const { values, consent } = readForm(raw, [...ENQUIRY_FIELDS, 'subject', 'sourcePage', 'startedAt'])
  const errors = checkText<EnquiryField>(values, ['company', 'contactName'], ENQUIRY_MAX) as Partial<
    Record<EnquiryField, EnquiryError>
  >
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
