import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { clientAddress } from './clientAddress'

/**
 * A form post to one of our endpoints (JSON or form data), read without ever throwing: a body that
 * is not one counts as an empty form, which gets the field errors. The language is the form's
 * `locale`, else the request's, else Chinese; the address is the client's (clientAddress.ts).
 */
export async function readSubmission(req: PayloadRequest): Promise<{
  raw: Record<string, unknown>
  locale: Locale
  ip: string
}> {
  let raw: Record<string, unknown> = {}
  try {
    await addDataAndFileToRequest(req)
    raw = (req.data as Record<string, unknown> | undefined) ?? {}
  } catch {
    raw = {}
  }
  const fallback = req.i18n?.language
  const locale = isLocale(raw.locale) ? raw.locale : isLocale(fallback) ? fallback : defaultLocale
  return { raw, locale, ip: clientAddress(req.headers) }
}
