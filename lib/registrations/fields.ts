import type { Locale } from '@/i18n/locales'
import { checkContact, checkLanguageAndConsent, checkText, type FieldError, readForm } from '@/lib/forms/check'
import { MAX_ATTENDEES, REGISTRATION_FIELDS, REGISTRATION_MAX, type RegistrationField } from '@/lib/forms/constants'

export type RegistrationErrorKey =
  'required' | 'invalidEmail' | 'invalidPhone' | 'tooLong' | 'consentRequired' | 'invalidChoice' | 'invalidAttendees'
export type RegistrationError = FieldError<RegistrationErrorKey>

export type RegistrationValues = Partial<Record<RegistrationField | 'event' | 'startedAt', string>>

export type RegistrationData = {
  name: string
  company: string
  jobTitle?: string
  phone?: string
  email: string
  attendees: number
  language: Locale
  consent: true
}

/**
 * Checks a registration as submitted (form fields or JSON): the data to store, or an error per
 * field. Pure, like checkEnquiry: messages are chosen by the caller. The email is required — the
 * confirmation, the calendar entry and the cancel link go there.
 */
export function checkRegistration(raw: Record<string, unknown>): {
  values: RegistrationValues
  data?: RegistrationData
  errors: Partial<Record<RegistrationField, RegistrationError>>
} {
  const { values, consent } = readForm(raw, [...REGISTRATION_FIELDS, 'event', 'startedAt'])
  const errors = checkText<RegistrationField>(values, ['name', 'company', 'email'], REGISTRATION_MAX) as Partial<
    Record<RegistrationField, RegistrationError>
  >
  checkContact(values, errors)
  const attendees = values.attendees ? Number(values.attendees) : 1
  if (!Number.isInteger(attendees) || attendees < 1 || attendees > MAX_ATTENDEES) {
    errors.attendees = { key: 'invalidAttendees', max: MAX_ATTENDEES }
  }
  const language = checkLanguageAndConsent(values, 'language', consent, errors)

  if (Object.keys(errors).length > 0) return { values, errors }
  return {
    values,
    errors,
    data: {
      name: values.name!,
      company: values.company!,
      jobTitle: values.jobTitle,
      phone: values.phone,
      email: values.email!,
      attendees,
      language,
      consent: true,
    },
  }
}

/** The form's strings, localized by the server (the browser needs no i18n library). */
export const REGISTRATION_STRINGS = [
  'formTitle',
  'name',
  'company',
  'jobTitle',
  'phone',
  'email',
  'emailHint',
  'attendees',
  'language',
  'consent',
  'privacyLink',
  'requiredMark',
  'submit',
  'submitting',
  'confirmedTitle',
  'confirmedBody',
  'waitlistedTitle',
  'waitlistedBody',
  'referenceLabel',
] as const
export type RegistrationStrings = Record<(typeof REGISTRATION_STRINGS)[number], string>
