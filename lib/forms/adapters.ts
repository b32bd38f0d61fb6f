import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { clientAddress } from '@/lib/server/clientAddress'
import { RETRY_AFTER_SECONDS } from '@/lib/server/databaseUnavailable'

import type { FormResult } from './pipeline'

type Submit<Sent> = (
  payload: PayloadRequest['payload'],
  raw: Record<string, unknown>,
  context: { ip: string; locale: Locale },
) => Promise<FormResult<unknown, Sent>>

/** The form's language: its `locale` field, else the request's, else Chinese. */
export const formLocale = (raw: Record<string, unknown>, fallback?: string): Locale =>
  isLocale(raw.locale) ? raw.locale : isLocale(fallback) ? fallback : defaultLocale

/**
 * A form post to one of our endpoints (JSON or form data), read without ever throwing: a body that
 * is not one counts as an empty form, which gets the field errors.
 */
async function readSubmission(req: PayloadRequest) {
  let raw: Record<string, unknown> = {}
  try {
    await addDataAndFileToRequest(req)
    raw = (req.data as Record<string, unknown> | undefined) ?? {}
  } catch {
    raw = {}
  }
  return { raw, locale: formLocale(raw, req.i18n?.language), ip: clientAddress(req.headers) }
}

/**
 * The answer to a submission: 201 with what the form's `created` says; field errors (400); the form
 * closed (409); too many from one address (429, ten minutes); sent too fast (429, the seconds left);
 * a spent or old form token (409, with a fresh one to send the same form again); the database
 * failing (503). Never a 500 for what a person typed.
 */
export function formResponse<Sent>(result: FormResult<unknown, Sent>, created: (sent: Sent) => object): Response {
  switch (result.status) {
    case 'sent':
      return Response.json(created(result.sent), { status: 201 })
    case 'invalid':
      return Response.json({ errors: result.errors }, { status: 400 })
    case 'closed':
      return Response.json({ message: result.message }, { status: 409 })
    case 'rate-limited':
      return Response.json({ message: result.message }, { status: 429, headers: { 'Retry-After': '600' } })
    case 'too-fast':
      return Response.json(
        { message: result.message },
        { status: 429, headers: { 'Retry-After': String(Math.ceil(result.waitMs / 1000)) } },
      )
    case 'expired':
      return Response.json(
        { message: result.message, token: (result.values as { startedAt?: string }).startedAt },
        { status: 409 },
      )
    case 'failed':
      return Response.json(
        { message: result.message },
        { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      )
  }
}

/**
 * `POST /api/<collection>/submit` — a form's code path for API clients and scripts (JSON or form
 * data). The pipeline is loaded on first use: the Payload config, read by every script, stays light.
 */
export const submitEndpoint = <Sent>(load: () => Promise<Submit<Sent>>, created: (sent: Sent) => object): Endpoint => ({
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const { raw, locale, ip } = await readSubmission(req)
    return formResponse(await (await load())(req.payload, raw, { ip, locale }), created)
  },
})

/** GET /api/form-token — a fresh signed "form shown at" time for either form (token.ts). */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'get',
  handler: async (req) => {
    const { issueFormToken } = await import('./token')
    return Response.json({ token: issueFormToken(req.payload.secret) }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * What a server action was sent, as the form's fields: anyone can call an action with arguments
 * of their choosing, and anything but form data counts as an empty form (which gets the field errors).
 */
export function actionFields(form: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> = {}
  if (form instanceof FormData) {
    for (const [key, value] of form) if (typeof value === 'string' && !key.startsWith('$ACTION')) raw[key] = value
  }
  return raw
}

/** The form's state after a server action that stored nothing (useActionState). */
export type FormErrorState<Values> = {
  status: 'error'
  errors: Record<string, string>
  message: string
  values: Values
}

/** A result that stored nothing as the form shows it: the field errors under a summary, or one message. */
export function errorState<Values>(
  result: Exclude<FormResult<Values, unknown>, { status: 'sent' }>,
  summary: (count: number) => string,
): FormErrorState<Values> {
  if (result.status === 'invalid') {
    return {
      status: 'error',
      errors: result.errors,
      message: summary(Object.keys(result.errors).length),
      values: result.values,
    }
  }
  return { status: 'error', errors: {}, message: result.message, values: result.values }
}
