'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { actionFields, errorState, type FormErrorState, formLocale } from '@/lib/forms/adapters'
import { actionEntered, actionRefused } from '@/lib/server/actions.mjs'
import { clientAddress } from '@/lib/server/clientAddress'
import { payloadClient } from '@/lib/server/payload'

import { cancelRegistration, findByCancelToken } from './cancel'
import type { RegistrationValues } from './fields'
import { submitRegistration } from './submit'

export type RegistrationFormState =
  { status: 'idle' } | { status: 'confirmed' | 'waitlisted'; reference: string } | FormErrorState<RegistrationValues>

/** The registration form's server action (useActionState): a plain POST without JavaScript too. */
export async function register(_previous: RegistrationFormState, form: FormData): Promise<RegistrationFormState> {
  actionEntered()
  const raw = actionFields(form)
  const locale = formLocale(raw)
  const result = await submitRegistration(await payloadClient(), raw, { ip: clientAddress(await headers()), locale })
  if (result.status === 'sent') return result.sent
  const t = await getTranslations({ locale, namespace: 'Registration' })
  return errorState(result, (count) => t('errors.summary', { count }))
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
