import type { Locale } from '@/i18n/locales'
import {
  checkChoice,
  checkContact,
  checkLanguageAndConsent,
  checkText,
  type FieldError,
  readForm,
} from '@/lib/forms/check'
import { ENQUIRY_FIELDS, ENQUIRY_MAX, type EnquiryField } from '@/lib/forms/constants'
import { investmentRanges, premisesNeeds } from '@/lib/schema/options'
import type { Enquiry } from '@/payload-types'

export type EnquiryErrorKey =
  'required' | 'contactRequired' | 'invalidEmail' | 'invalidPhone' | 'tooLong' | 'consentRequired' | 'invalidChoice'

export type EnquiryError = FieldError<EnquiryErrorKey>

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
  preferredLanguage: Locale
  consent: true
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
  checkContact(values, errors)
  checkChoice(values, 'investment', investmentRanges, errors)
  checkChoice(values, 'premises', premisesNeeds, errors)
  const preferredLanguage = checkLanguageAndConsent(values, 'preferredLanguage', consent, errors)

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
      preferredLanguage,
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
  'statusLink',
  'another',
] as const
export type EnquiryStrings = Record<(typeof ENQUIRY_STRINGS)[number], string> & { about?: string }
