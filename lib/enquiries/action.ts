'use server'

import { actionEntered } from '@/lib/server/actions.mjs'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { payloadClient } from '@/lib/server/payload'

import { clientAddress } from '@/lib/server/clientAddress'
import { ENQUIRY_FIELDS, type EnquiryValues } from './fields'
import { submitEnquiry } from './submit'

export type EnquiryFormState =
  | { status: 'idle' }
  | { status: 'sent'; reference: string }
  | { status: 'error'; errors: Record<string, string>; message: string; values: EnquiryValues }

/**
 * The portal form's server action (useActionState): works as a plain POST without JavaScript,
 * where Next renders the page again with the returned state.
 */
export async function sendEnquiry(_previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  actionEntered()
  const raw: Record<string, unknown> = {}
  // Anyone can call an action with arguments of their choosing: without form data, an empty form
  // (which gets the field errors).
  if (form instanceof FormData) {
    for (const [key, value] of form) if (typeof value === 'string' && !key.startsWith('$ACTION')) raw[key] = value
  }
  const locale = isLocale(raw.locale) ? raw.locale : defaultLocale
  const payload = await payloadClient()
  const result = await submitEnquiry(payload, raw, { ip: clientAddress(await headers()), locale })
  switch (result.status) {
    case 'stored':
    case 'dropped':
      return { status: 'sent', reference: result.reference }
    case 'invalid': {
      const t = await getTranslations({ locale, namespace: 'Enquiry' })
      const count = ENQUIRY_FIELDS.filter((field) => result.errors[field]).length
      return { status: 'error', errors: result.errors, message: t('errors.summary', { count }), values: result.values }
    }
    default:
      return { status: 'error', errors: {}, message: result.message, values: result.values }
  }
}
