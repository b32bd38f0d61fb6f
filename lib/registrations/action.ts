'use server'

import { actionEntered, actionRefused } from '@/lib/server/actions.mjs'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { clientAddress } from '@/lib/server/clientAddress'
import { payloadClient } from '@/lib/server/payload'

import { REGISTRATION_FIELDS, type RegistrationValues } from './fields'
import { cancelRegistration, findByCancelToken, submitRegistration } from './submit'

export type RegistrationFormState =
  | { status: 'idle' }
  | { status: 'confirmed' | 'waitlisted'; reference: string }
  | { status: 'error'; errors: Record<string, string>; message: string; values: RegistrationValues }

/** The registration form's server action (useActionState): a plain POST without JavaScript too. */
export async function register(_previous: RegistrationFormState, form: FormData): Promise<RegistrationFormState> {
  actionEntered()
  const raw: Record<string, unknown> = {}
  if (form instanceof FormData) {
    for (const [key, value] of form) if (typeof value === 'string' && !key.startsWith('$ACTION')) raw[key] = value
  }
  const locale = isLocale(raw.locale) ? raw.locale : defaultLocale
  const payload = await payloadClient()
  const result = await submitRegistration(payload, raw, { ip: clientAddress(await headers()), locale })
  switch (result.status) {
    case 'confirmed':
    case 'waitlisted':
      return { status: result.status, reference: result.reference }
    case 'dropped':
      return { status: 'confirmed', reference: result.reference }
    case 'invalid': {
      const t = await getTranslations({ locale, namespace: 'Registration' })
      const count = REGISTRATION_FIELDS.filter((field) => result.errors[field]).length
      return { status: 'error', errors: result.errors, message: t('errors.summary', { count }), values: result.values }
    }
    default:
      return { status: 'error', errors: {}, message: result.message, values: result.values }
  }
}

/**
 * The cancel page's button: a POST (a mail scanner that opens the link cancels nothing), then back to
 * the page, which now says it is done.
 */
export async function cancelFromLink(form: FormData) {
  actionEntered()
  // Anyone can call an action with arguments of their choosing: only the cancel page's form is one.
  if (!(form instanceof FormData)) {
    actionRefused()
    throw new Error('The cancel action takes the cancel form.')
  }
  const payload = await payloadClient()
  const reference = String(form.get('ref') ?? '')
  const token = String(form.get('token') ?? '')
  const page = String(form.get('page') ?? '')
  const registration = await findByCancelToken(payload, reference, token)
  if (registration) await cancelRegistration(payload, registration)
  // Only a path of this portal's events: never a place a client made up.
  const [, locale, rest] = /^\/([^/]+)(\/events\/[a-z0-9-]+\/cancel)$/.exec(page) ?? []
  const back = isLocale(locale) && rest ? page : '/'
  redirect(`${back}?${new URLSearchParams({ ref: reference, token, done: registration ? '1' : '0' })}`)
}
