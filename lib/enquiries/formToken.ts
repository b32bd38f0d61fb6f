import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * When the form was shown, as the server says: `<ms>.<signature>`, signed with the app's secret.
 * The minimum fill time is measured from it, so a client cannot claim to have spent longer on the
 * form than it did. The page renders one (the time of its render: without JavaScript); with
 * JavaScript the form fetches a fresh one when it appears (GET /api/enquiries/form-token).
 */
const sign = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`enquiry-form:${issuedAt}`).digest('base64url').slice(0, 32)

export const issueFormToken = (secret: string, issuedAt = Date.now()) => `${issuedAt}.${sign(secret, issuedAt)}`

/** How long ago the token was issued, or undefined if it is missing, malformed or forged. */
export function formTokenAge(secret: string, token: unknown, now = Date.now()): number | undefined {
  if (typeof token !== 'string' || token.length > 64) return undefined
  const [time, signature] = token.split('.')
  const issuedAt = Number(time)
  if (!signature || !Number.isSafeInteger(issuedAt) || issuedAt <= 0) return undefined
  const expected = Buffer.from(sign(secret, issuedAt))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return now - issuedAt
}
