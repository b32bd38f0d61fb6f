/**
 * The checks every public form makes of what was typed. Pure: no database, no language — the
 * pipeline turns each error key into the reader's message (messages.ts).
 */
import { defaultLocale, type Locale, locales } from '@/i18n/locales'

/** One field's fault: a key of the form's `errors` messages, with the limit where the message names one. */
export type FieldError<Key extends string = string> = { key: Key; max?: number }

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
  const errors: Partial<Record<F, FieldError<'required' | 'tooLong'>>> = {}
  for (const field of required) if (!values[field]) errors[field] = { key: 'required' }
  for (const [field, limit] of Object.entries(max) as [F, number][]) {
    if ((values[field]?.length ?? 0) > limit) errors[field] = { key: 'tooLong', max: limit }
  }
  return errors
}

/** The contact fields as both forms check them: a phone that is one, an address that looks like one. */
export function checkContact<F extends string>(
  values: Partial<Record<'phone' | 'email', string>>,
  errors: Partial<Record<F | 'phone' | 'email', FieldError>>,
) {
  const { phone, email } = values
  if (phone && !errors.phone && !isPhone(phone)) errors.phone = { key: 'invalidPhone' }
  if (email && !errors.email && !isEmail(email)) errors.email = { key: 'invalidEmail' }
}

/** A choice, if made, that is one of the options offered. */
export function checkChoice<F extends string>(
  values: Partial<Record<string, string>>,
  field: F,
  options: readonly { value: string }[],
  errors: Partial<Record<F, FieldError>>,
) {
  const value = values[field]
  if (value && !options.some((option) => option.value === value)) errors[field] = { key: 'invalidChoice' }
}

/**
 * What every form ends with: the language replies go in (the portal's default when none is chosen;
 * only one of its languages) and the consent box, which must be ticked.
 */
export function checkLanguageAndConsent<F extends string>(
  values: Partial<Record<string, string>>,
  field: F,
  consent: boolean,
  errors: Partial<Record<F | 'consent', FieldError>>,
): Locale {
  const language = values[field] ?? defaultLocale
  if (!(locales as readonly string[]).includes(language)) errors[field] = { key: 'invalidChoice' }
  if (!consent) errors.consent = { key: 'consentRequired' }
  return language as Locale
}
