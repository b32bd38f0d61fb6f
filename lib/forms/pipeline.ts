import { createHmac } from 'node:crypto'

import { type Payload, ValidationError } from 'payload'

import type { Locale } from '@/i18n/locales'
import { overSubmissionLimit, spendOnce } from '@/lib/server/limits'

import type { FieldError } from './check'
import { HONEYPOT_FIELD } from './constants'
import { fieldMessages, type FormMessages, formErrors } from './messages'
import { FORM_TOKEN_MAX_AGE_MS, issueFormToken, judgeFormToken, minFillMs } from './token'

/** The submissions one address may store per window, per form (the form's variable overrides the 5). */
const RATE_WINDOW_MS = 10 * 60_000

/** What a form's check makes of the posted fields: the data to store, or an error per field. */
export type Checked<Values, Data> = { values: Values; data?: Data; errors: Partial<Record<string, FieldError>> }

/** What storing needs to know, besides the checked data. */
export type StoreContext<Data, Values, Prepared> = {
  payload: Payload
  data: Data
  values: Values
  prepared: Prepared
  locale: Locale
  /** The client's address, keyed with the app's secret (stored for the limit, never the address). */
  ipHash: string
  now: number
}

/**
 * One public form as a configuration of the pipeline: its fields' check, what it stores and what it
 * mails. Everything else — honeypot, fill time, one submission per token, the per-address limit,
 * localized messages, the failure log — is the pipeline's, the same for every form.
 */
export type FormSpec<Values extends { startedAt?: string }, Data, Prepared, Sent> = {
  /** Where it stores: names the per-address counter and the log lines. */
  collection: 'enquiries' | 'registrations'
  /** Its texts in the message files (`<messages>.errors.*`). */
  messages: FormMessages
  /** The environment variable that overrides the per-address limit. */
  limitVariable: string
  check: (raw: Record<string, unknown>) => Checked<Values, Data>
  /** The answer to a bot caught by the honeypot: looks like a success, names nothing stored. */
  decoy: (now: number) => Sent
  /**
   * After the fields are checked, before the token is spent: what storing needs (the event), or
   * null when the form no longer takes submissions (answered "closed", the token kept).
   */
  prepare?: (payload: Payload, values: Values, locale: Locale, now: number) => Promise<Prepared | null>
  /** Stores the submission; its `notify` (an email) runs after the answer and never undoes it. */
  store: (context: StoreContext<Data, Values, Prepared>) => Promise<{ sent: Sent; notify?: () => Promise<unknown> }>
}

export type FormResult<Values, Sent> =
  | { status: 'sent'; sent: Sent }
  | { status: 'invalid'; errors: Record<string, string>; values: Values }
  /** Sent within seconds of the form appearing: asked to wait a moment, nothing lost. */
  | { status: 'too-fast'; message: string; values: Values; waitMs: number }
  /** The form's token is spent, too old or missing: asked to send again, with a fresh token in `values`. */
  | { status: 'expired'; message: string; values: Values }
  | { status: 'rate-limited' | 'closed' | 'failed'; message: string; values: Values }

/**
 * The one code path that stores a public form, shared by its server action and its REST endpoint
 * (adapters.ts): honeypot, fields, fill time, per-address limit, the form still open, one
 * submission per token, storage, then the notification.
 */
export async function submitForm<Values extends { startedAt?: string }, Data, Prepared, Sent>(
  spec: FormSpec<Values, Data, Prepared, Sent>,
  payload: Payload,
  raw: Record<string, unknown>,
  { ip, locale }: { ip: string; locale: Locale },
): Promise<FormResult<Values, Sent>> {
  const now = Date.now()
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD].trim() !== '') {
    payload.logger.info(`A ${spec.collection} submission was dropped by the honeypot; nothing stored`)
    return { status: 'sent', sent: spec.decoy(now) }
  }
  const t = formErrors(locale, spec.messages)
  const { data, errors, values } = spec.check(raw)
  // The fill time judges complete forms only: a person who presses Send early on a half-filled
  // form gets the field errors first. Someone fast is asked to wait, never told a made-up reference.
  const timing = data ? judgeFormToken(payload.secret, raw.startedAt, minFillMs(), now) : undefined
  const expired = (): FormResult<Values, Sent> => ({
    status: 'expired',
    message: t('expired'),
    values: { ...values, startedAt: issueFormToken(payload.secret) },
  })
  if (timing?.verdict === 'tooFast') return { status: 'too-fast', message: t('tooFast'), values, waitMs: timing.waitMs }
  if (timing?.verdict === 'expired') return expired()

  const ipHash = createHmac('sha256', payload.secret).update(ip).digest('hex')
  const limited = await overSubmissionLimit({
    payload,
    collection: spec.collection,
    ipHash,
    limit: Number(process.env[spec.limitVariable] || 5),
    windowMs: RATE_WINDOW_MS,
    storing: Boolean(data),
  })
  if (limited) return { status: 'rate-limited', message: t('rateLimited'), values }
  if (!data) return { status: 'invalid', errors: fieldMessages(locale, spec.messages, errors), values }

  const prepared = spec.prepare ? await spec.prepare(payload, values, locale, now) : (undefined as Prepared)
  if (prepared === null) return { status: 'closed', message: t('closed'), values }
  // One submission per token, spent in one atomic step: a replayed form stores nothing.
  if (timing?.verdict === 'ok' && !(await spendOnce(payload, `form-token:${timing.nonce}`, FORM_TOKEN_MAX_AGE_MS))) {
    return expired()
  }
  try {
    const { sent, notify } = await spec.store({ payload, data, values, prepared, locale, ipHash, now })
    // Not awaited: the answer goes now; the email's outcome is recorded on the document by `notify`.
    if (notify) {
      void notify().catch((error: unknown) =>
        payload.logger.error({ err: error, msg: `A ${spec.collection} notification failed` }),
      )
    }
    return { status: 'sent', sent }
  } catch (error) {
    payload.logger.error({ err: error, msg: `A ${spec.collection} submission could not be stored` })
    return { status: 'failed', message: t('failed'), values }
  }
}

const isReferenceClash = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'reference')

/**
 * Creates a document under a fresh reference, again under the next one when another submission
 * took it first (the field is unique): at most five tries.
 */
export async function createWithReference<T>(
  nextReference: () => string | Promise<string>,
  create: (reference: string) => Promise<T>,
): Promise<{ reference: string; created: T }> {
  for (let attempt = 0; ; attempt++) {
    const reference = await nextReference()
    try {
      return { reference, created: await create(reference) }
    } catch (error) {
      if (!isReferenceClash(error) || attempt >= 4) throw error
    }
  }
}
