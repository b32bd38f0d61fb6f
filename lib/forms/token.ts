import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * When the form was shown, as the server says: `<ms>.<nonce>.<signature>`, signed with the app's
 * secret. The minimum fill time is measured from it, so a client cannot claim to have spent longer
 * on the form than it did. The page renders one (the time of its render: without JavaScript); with
 * JavaScript the form fetches a fresh one when it appears (GET /api/form-token, formTokenEndpoint).
 *
 * A token stores one submission (its nonce is spent atomically when the submission is stored:
 * lib/server/limits.ts `spendOnce`) and lasts FORM_TOKEN_MAX_AGE_MS. A person whose token is spent
 * or too old is asked to send again, with a fresh token in the form; nothing they typed is lost.
 */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60_000

/** A person needs at least this long to fill in a form (FORM_MIN_FILL_MS overrides it). */
export const minFillMs = () => Number(process.env.FORM_MIN_FILL_MS ?? 3000)

const sign = (secret: string, issuedAt: number, nonce: string) =>
  createHmac('sha256', secret).update(`enquiry-form:${issuedAt}:${nonce}`).digest('base64url').slice(0, 32)

export const issueFormToken = (secret: string, issuedAt = Date.now()) => {
  const nonce = randomBytes(9).toString('base64url')
  return `${issuedAt}.${nonce}.${sign(secret, issuedAt, nonce)}`
}

/** The token's time and nonce, or undefined if it is missing, malformed or forged. */
export function readFormToken(secret: string, token: unknown): { issuedAt: number; nonce: string } | undefined {
  if (typeof token !== 'string' || token.length > 80) return undefined
  const [time, nonce, signature, ...rest] = token.split('.')
  const issuedAt = Number(time)
  if (!nonce || !signature || rest.length || !Number.isSafeInteger(issuedAt) || issuedAt <= 0) return undefined
  const expected = Buffer.from(sign(secret, issuedAt, nonce))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { issuedAt, nonce }
}

export type FormTokenVerdict =
  | { verdict: 'ok'; nonce: string }
  /** Sent sooner after the form appeared than a person fills it in: wait and send again. */
  | { verdict: 'tooFast'; waitMs: number }
  /** Missing, forged, or older than FORM_TOKEN_MAX_AGE_MS: send again with a fresh one. */
  | { verdict: 'expired' }

export function judgeFormToken(secret: string, token: unknown, minFillMs: number, now = Date.now()): FormTokenVerdict {
  const read = readFormToken(secret, token)
  if (!read) return { verdict: 'expired' }
  const age = now - read.issuedAt
  if (age > FORM_TOKEN_MAX_AGE_MS || age < -60_000) return { verdict: 'expired' }
  if (age < minFillMs) return { verdict: 'tooFast', waitMs: minFillMs - age }
  return { verdict: 'ok', nonce: read.nonce }
}
