import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto'

import { createTranslator } from 'next-intl'
import { type Payload, ValidationError } from 'payload'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { FORM_TOKEN_MAX_AGE_MS, issueFormToken, judgeFormToken } from '@/lib/enquiries/formToken'
import type { Registration } from '@/payload-types'
import { overSubmissionLimit, spendOnce } from '@/lib/server/limits'

import { checkRegistration, HONEYPOT_FIELD, type RegistrationField, type RegistrationValues } from './fields'
import { sendConfirmation } from './mail'
import { acceptsRegistrations } from './open'
import { releaseSeats, takeSeats } from './seats'

/** At most this many registrations from one address per window (REGISTRATION_RATE_LIMIT overrides it). */
const RATE_WINDOW_MS = 10 * 60_000
const rateLimit = () => Number(process.env.REGISTRATION_RATE_LIMIT || 5)
const minFillMs = () => Number(process.env.ENQUIRY_MIN_FILL_MS ?? 3000)

export type RegistrationResult =
  | { status: 'confirmed' | 'waitlisted'; reference: string }
  /** Caught by the honeypot: answered like a success, nothing stored. */
  | { status: 'dropped'; reference: string }
  /** Sent within seconds of the form appearing: asked to wait a moment, nothing lost. */
  | { status: 'too-fast'; message: string; values: RegistrationValues; waitMs: number }
  /** The form's token is spent, too old or missing: asked to send again, with a fresh token in `values`. */
  | { status: 'expired'; message: string; values: RegistrationValues }
  | { status: 'invalid'; errors: Partial<Record<RegistrationField, string>>; values: RegistrationValues }
  | { status: 'closed'; message: string; values: RegistrationValues }
  | { status: 'rate-limited' | 'failed'; message: string; values: RegistrationValues }

/** HD-XXXX-XXXX (活动): random, so that concurrent sign-ups never queue for a number. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const newRegistrationReference = () => {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `HD-${pick()}-${pick()}`
}
export const REGISTRATION_REFERENCE = /^HD-[2-9A-Z]{4}-[2-9A-Z]{4}$/

export const hashCancelToken = (token: string) => createHash('sha256').update(token).digest('hex')

const errorsIn = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], namespace: 'Registration.errors' })

/**
 * The one code path that stores a registration (the form's server action and
 * POST /api/registrations/submit): bot checks, rate limit, validation, the event still open, then
 * places taken atomically — or the waiting list — and the registrant's confirmation email.
 */
export async function submitRegistration(
  payload: Payload,
  raw: Record<string, unknown>,
  { ip, locale }: { ip: string; locale: Locale },
): Promise<RegistrationResult> {
  const now = Date.now()
  const t = errorsIn(locale)
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD].trim() !== '') {
    return { status: 'dropped', reference: newRegistrationReference() }
  }
  const { data, errors, values } = checkRegistration(raw)
  // As for enquiries (lib/enquiries/submit.ts): someone fast is asked to wait, never told a made-up reference.
  const timing = data ? judgeFormToken(payload.secret, raw.startedAt, minFillMs(), now) : undefined
  const expired = (): RegistrationResult => ({
    status: 'expired',
    message: t('expired'),
    values: { ...values, startedAt: issueFormToken(payload.secret) },
  })
  if (timing?.verdict === 'tooFast') return { status: 'too-fast', message: t('tooFast'), values, waitMs: timing.waitMs }
  if (timing?.verdict === 'expired') return expired()

  const ipHash = createHmac('sha256', payload.secret).update(ip).digest('hex')
  const limited = await overSubmissionLimit({
    payload,
    collection: 'registrations',
    ipHash,
    limit: rateLimit(),
    windowMs: RATE_WINDOW_MS,
    storing: Boolean(data),
  })
  if (limited) return { status: 'rate-limited', message: t('rateLimited'), values }
  if (!data) {
    return {
      status: 'invalid',
      errors: Object.fromEntries(
        Object.entries(errors).map(([field, error]) => [field, t(error.key, { max: error.max ?? 0 })]),
      ),
      values,
    }
  }

  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: values.event ?? '' } },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
  })
  const event = docs[0]
  if (!event || !acceptsRegistrations(event, now)) return { status: 'closed', message: t('closed'), values }
  // One submission per token, spent in one atomic step: a replayed form stores nothing.
  if (timing?.verdict === 'ok' && !(await spendOnce(payload, `form-token:${timing.nonce}`, FORM_TOKEN_MAX_AGE_MS))) {
    return expired()
  }

  let seated = false
  try {
    seated = await takeSeats(payload, event.id, data.attendees, event.registration?.capacity)
    const token = randomBytes(24).toString('base64url')
    for (let attempt = 0; ; attempt++) {
      const reference = newRegistrationReference()
      try {
        const registration = await payload.create({
          collection: 'registrations',
          overrideAccess: true,
          depth: 0,
          context: { seatsHandled: true },
          data: {
            ...data,
            event: event.id,
            reference,
            status: seated ? 'confirmed' : 'waitlisted',
            locale,
            cancelHash: hashCancelToken(token),
            ipHash,
            confirmation: 'pending',
          },
        })
        // Not awaited: the registrant gets the answer now; the email's outcome is recorded on the registration.
        void sendConfirmation(payload, registration as Registration, event, token)
        return { status: seated ? 'confirmed' : 'waitlisted', reference }
      } catch (error) {
        const clash = error instanceof ValidationError && error.data.errors.some((e) => e.path === 'reference')
        if (!clash || attempt >= 4) throw error
      }
    }
  } catch (error) {
    if (seated) await releaseSeats(payload, event.id, data.attendees).catch(() => undefined)
    payload.logger.error({ err: error, msg: 'A registration could not be stored' })
    return { status: 'failed', message: t('failed'), values }
  }
}

/** The registrant's cancel link at work: the registration, if `token` is its secret. */
export async function findByCancelToken(payload: Payload, reference: string, token: string) {
  if (!REGISTRATION_REFERENCE.test(reference) || !token || token.length > 64) return undefined
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const registration = docs[0]
  return registration && registration.cancelHash === hashCancelToken(token) ? registration : undefined
}

/** Cancels a registration from its link; its places go back (and the waiting list can move up). */
export async function cancelRegistration(payload: Payload, registration: Registration) {
  if (registration.status === 'cancelled') return
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { status: 'cancelled' },
    overrideAccess: true,
    context: { seatsHandled: true },
  })
  if (registration.status === 'confirmed') await releaseSeats(payload, eventId, registration.attendees)
}
