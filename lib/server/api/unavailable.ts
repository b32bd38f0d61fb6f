import type { AfterErrorHook } from 'payload'

import { adminText } from '@/i18n/admin'

import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../databaseUnavailable'
import { language } from './answers'

/**
 * Payload's afterError for the REST API: a request that failed because the database could not be
 * reached (a primary restarting or cut off, a pool exhausted) is answered 503 with `Retry-After` and
 * a message in the reader's language, not "500 Something went wrong". A write answered so was not
 * stored: its transaction never committed.
 */
export const databaseUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  const message = adminText(language(req), 'api:databaseUnavailable', {
    seconds: RETRY_AFTER_SECONDS,
  })
  return { status: 503, response: { errors: [{ message }] } }
}
