'use server'

import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'

import { actionFields, formLocale } from '@/lib/forms/adapters'
import { formatDate } from '@/lib/portal/format'
import { actionEntered } from '@/lib/server/actions.mjs'
import { clientAddress } from '@/lib/server/clientAddress'
import { payloadClient } from '@/lib/server/payload'

import { lookUpEnquiry } from './status'

export type EnquiryStatusState =
  | { status: 'idle' }
  | { status: 'found'; progress: string; since: string }
  | { status: 'error'; message: string; reference: string; email: string }

/**
 * The status page's server action (useActionState; a plain POST without JavaScript): the enquiry's
 * stage in the page's language, or one message for every way of not finding it.
 */
export async function checkEnquiryStatus(_previous: EnquiryStatusState, form: FormData): Promise<EnquiryStatusState> {
  actionEntered()
  const raw = actionFields(form)
  const locale = formLocale(raw)
  const t = await getTranslations({ locale, namespace: 'EnquiryStatus' })
  const typed = { reference: String(raw.reference ?? '').slice(0, 40), email: String(raw.email ?? '').slice(0, 254) }
  try {
    const found = await lookUpEnquiry(await payloadClient(), raw, clientAddress(await headers()))
    if (found.result !== 'found') return { status: 'error', message: t(found.result), ...typed }
    return {
      status: 'found',
      progress: t(found.progress),
      since: t('since', { reference: found.reference, date: formatDate(found.receivedAt, locale) }),
    }
  } catch {
    return { status: 'error', message: t('failed'), ...typed }
  }
}
