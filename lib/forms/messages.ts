import 'server-only'

import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

import type { FieldError } from './check'

/** The forms' texts in the portal's message files: `Enquiry` or `Registration`. */
export type FormMessages = 'Enquiry' | 'Registration'

/** A form's messages for what went wrong, in a language (`<form>.errors.<key>`). */
export const formErrors = (locale: Locale, form: FormMessages) =>
  createTranslator({ locale, messages: messages[locale], namespace: `${form}.errors` })

/** Each field's fault as the reader's message. */
export function fieldMessages(locale: Locale, form: FormMessages, errors: Partial<Record<string, FieldError>>) {
  const t = formErrors(locale, form)
  // The keys are the forms' typed error keys (EnquiryErrorKey, RegistrationErrorKey), each in its messages.
  type Key = Parameters<typeof t>[0]
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, error]) =>
      error ? [[field, t(error.key as Key, { max: error.max ?? 0 })]] : [],
    ),
  ) as Record<string, string>
}
