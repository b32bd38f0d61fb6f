'use server'

import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'

import { actionFields, errorState, type FormErrorState, formLocale } from '@/lib/forms/adapters'
import { actionEntered } from '@/lib/server/actions.mjs'
import { clientAddress } from '@/lib/server/clientAddress'
import { payloadClient } from '@/lib/server/payload'

import type { EnquiryValues } from './fields'
import { submitEnquiry } from './submit'

export type EnquiryFormState =
  { status: 'idle' } | { status: 'sent'; reference: string } | FormErrorState<EnquiryValues>

/**
 * The portal form's server action (useActionState): works as a plain POST without JavaScript,
 * where Next renders the page again with the returned state.
 */
export async function sendEnquiry(_previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  actionEntered()
  const raw = actionFields(form)
  const locale = formLocale(raw)
  const result = await submitEnquiry(await payloadClient(), raw, { ip: clientAddress(await headers()), locale })
  if (result.status === 'sent') return { status: 'sent', reference: result.sent.reference }
  const t = await getTranslations({ locale, namespace: 'Enquiry' })
  return errorState(result, (count) => t('errors.summary', { count }))
}
