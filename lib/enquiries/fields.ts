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
import { aftercareCategories, investmentRanges, premisesNeeds } from '@/lib/schema/options'
import type { Enquiry } from '@/payload-types'

export type EnquiryErrorKey =
  'required' | 'contactRequired' | 'invalidEmail' | 'invalidPhone' | 'tooLong' | 'consentRequired' | 'invalidChoice'

export type EnquiryError = FieldError<EnquiryErrorKey>

/** The form's values as text, exactly as the investor typed them (trimmed), to refill the form. */
export type EnquiryValues = Partial<Record<EnquiryField | 'subject' | 'sourcePage' | 'startedAt' | 'kind', string>>

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
  /** An investor's enquiry, or an invested firm's aftercare request with its problem category. */
  kind: NonNullable<Enquiry['kind']>
  aftercareCategory?: Enquiry['aftercareCategory']
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
  const { values, consent } = readForm(raw, [...ENQUIRY_FIELDS, 'subject', 'sourcePage', 'startedAt', 'kind'])
  const aftercare = values.kind === 'aftercare'
  const errors = checkText<EnquiryField>(values, ['company', 'contactName'], ENQUIRY_MAX) as Partial<
    Record<EnquiryField, EnquiryError>
  >
  const { phone, email } = values
  if (!phone && !email) errors.phone = errors.email = { key: 'contactRequired' }
  checkContact(values, errors)
  checkChoice(values, 'investment', investmentRanges, errors)
  checkChoice(values, 'premises', premisesNeeds, errors)
  if (aftercare) {
    if (!values.category) errors.category = { key: 'required' }
    checkChoice(values, 'category', aftercareCategories, errors)
  }
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
      kind: aftercare ? 'aftercare' : 'investment',
      ...(aftercare && { aftercareCategory: values.category as EnquiryData['aftercareCategory'] }),
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
  'category',
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
export type EnquiryStrings = Record<(typeof ENQUIRY_STRINGS)[number], string> & {
  /** "About: <title>", the title apart with its language when that is not the page's. */
  about?: { before: string; title: string; after: string; lang?: string }
}
