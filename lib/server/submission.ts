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

/** What the enquiry and registration forms answer alike when nothing was stored. */
export type NotStored =
  | { status: 'invalid'; errors: Record<string, string | undefined> }
  | { status: 'rate-limited' | 'failed'; message: string }
  | { status: 'too-fast'; message: string; waitMs: number }
  | { status: 'expired'; message: string; values: { startedAt?: string } }

/**
 * The endpoint's answer to a submission that stored nothing: field errors (400), too many from one
 * address (429, ten minutes), sent too fast (429, the seconds left), a spent or old form token (409,
 * with a fresh one to send the same form again), the database failing (503).
 */
export function notStoredResponse(result: NotStored): Response {
  switch (result.status) {
    case 'invalid':
      return Response.json({ errors: result.errors }, { status: 400 })
    case 'rate-limited':
      return Response.json({ message: result.message }, { status: 429, headers: { 'Retry-After': '600' } })
    case 'too-fast':
      return Response.json(
        { message: result.message },
        { status: 429, headers: { 'Retry-After': String(Math.ceil(result.waitMs / 1000)) } },
      )
    case 'expired':
      return Response.json({ message: result.message, token: result.values.startedAt }, { status: 409 })
    case 'failed':
      return Response.json({ message: result.message }, { status: 503 })
  }
}
