import { createHmac, randomInt } from 'node:crypto'

import { type Payload, ValidationError } from 'payload'

import type { Locale } from '@/i18n/locales'
import { type EnquirySubject, enquirySections, SECTIONS } from '@/lib/sections'
import type { Enquiry } from '@/payload-types'

import { checkEnquiry, type EnquiryField, type EnquiryValues, HONEYPOT_FIELD } from './fields'
import { isPortalPath } from '@/lib/portal/preview'
import { overSubmissionLimit, spendOnce } from '@/lib/server/limits'

import { FORM_TOKEN_MAX_AGE_MS, issueFormToken, judgeFormToken } from './formToken'
import { enquiryErrorMessages, enquiryMessage } from './messages'
import { notifyStaff } from './notify'
import { formatReference, nextReference } from './reference'

/** At most this many enquiries from one address per window (ENQUIRY_RATE_LIMIT overrides the count). */
const RATE_WINDOW_MS = 10 * 60_000
const rateLimit = () => Number(process.env.ENQUIRY_RATE_LIMIT || 5)
/** A person needs at least this long to fill in the form (ENQUIRY_MIN_FILL_MS overrides it). */
const minFillMs = () => Number(process.env.ENQUIRY_MIN_FILL_MS ?? 3000)

export type SubmitResult =
  | { status: 'stored'; reference: string }
  /** Caught by the honeypot or the fill time: answered like a success, nothing stored. */
  | { status: 'dropped'; reference: string }
  | { status: 'invalid'; errors: Partial<Record<EnquiryField, string>>; values: EnquiryValues }
  | { status: 'rate-limited'; message: string; values: EnquiryValues }
  /** Sent within seconds of the form appearing: asked to wait a moment, nothing lost. */
  | { status: 'too-fast'; message: string; values: EnquiryValues; waitMs: number }
  /** The form's token is spent, too old or missing: asked to send again, with a fresh token in `values`. */
  | { status: 'expired'; message: string; values: EnquiryValues }
  | { status: 'failed'; message: string; values: EnquiryValues }

const ipKey = (payload: Payload, ip: string) => createHmac('sha256', payload.secret).update(ip).digest('hex')

async function resolveIndustry(payload: Payload, slug: string | undefined) {
  if (!slug) return undefined
  const { docs } = await payload.find({
    collection: 'industries',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return docs[0]?.id
}

/** `parks:some-slug` → the published document it names, with its title in the form's language. */
async function resolveSubject(payload: Payload, subject: string | undefined, locale: Locale) {
  const [collection, slug] = subject?.split(':') ?? []
  if (!slug || !(enquirySections as string[]).includes(collection!)) return undefined
  const relationTo = collection as EnquirySubject
  const { docs } = await payload.find({
    collection: relationTo,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
  })
  const doc = docs[0] as (Record<string, unknown> & { id: number | string }) | undefined
  return (
    doc && {
      relation: { relationTo, value: doc.id } as NonNullable<Enquiry['subject']>,
      title: doc[SECTIONS[relationTo].titleField] as string | undefined,
    }
  )
}

const isReferenceClash = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'reference')

/**
 * The one code path that stores an enquiry, shared by the form's server action and
 * POST /api/enquiries/submit: bot checks, rate limit, validation, storage with a reference
 * number, then the staff notification (which never undoes the storage).
 */
export async function submitEnquiry(
  payload: Payload,
  raw: Record<string, unknown>,
  { ip, locale }: { ip: string; locale: Locale },
): Promise<SubmitResult> {
  const now = Date.now()
  const drop = (): SubmitResult => {
    payload.logger.info('Enquiry dropped by the honeypot; nothing stored')
    return { status: 'dropped', reference: formatReference(new Date(now).getUTCFullYear(), randomInt(1, 999_999)) }
  }
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD].trim() !== '') return drop()

  const { data, errors, values } = checkEnquiry(raw)
  // The fill time judges complete forms only: a person who presses Send early on a half-filled
  // form gets the field errors first. Someone fast is asked to wait, never told a made-up reference.
  const timing = data ? judgeFormToken(payload.secret, raw.startedAt, minFillMs(), now) : undefined
  const expired = (): SubmitResult => ({
    status: 'expired',
    message: enquiryMessage(locale, 'expired'),
    values: { ...values, startedAt: issueFormToken(payload.secret) },
  })
  if (timing?.verdict === 'tooFast') {
    return { status: 'too-fast', message: enquiryMessage(locale, 'tooFast'), values, waitMs: timing.waitMs }
  }
  if (timing?.verdict === 'expired') return expired()
  const ipHash = ipKey(payload, ip)
  const limited = await overSubmissionLimit({
    payload,
    collection: 'enquiries',
    ipHash,
    limit: rateLimit(),
    windowMs: RATE_WINDOW_MS,
    storing: Boolean(data),
  })
  if (limited) {
    return { status: 'rate-limited', message: enquiryMessage(locale, 'rateLimited'), values }
  }
  if (!data) return { status: 'invalid', errors: enquiryErrorMessages(locale, errors), values }
  // One submission per token, spent in one atomic step: a replayed form stores nothing.
  if (timing?.verdict === 'ok' && !(await spendOnce(payload, `form-token:${timing.nonce}`, FORM_TOKEN_MAX_AGE_MS))) {
    return expired()
  }

  try {
    const [industry, subject] = await Promise.all([
      resolveIndustry(payload, data.industry),
      resolveSubject(payload, values.subject, locale),
    ])
    for (let attempt = 0; ; attempt++) {
      const reference = await nextReference(payload, new Date(now))
      try {
        const enquiry = await payload.create({
          collection: 'enquiries',
          overrideAccess: true,
          depth: 0,
          data: {
            ...data,
            industry,
            reference,
            status: 'new',
            subject: subject?.relation,
            subjectTitle: subject?.title,
            // Only the portal's own paths: never a URL a client made up (it could carry anything).
            sourcePage: isPortalPath(values.sourcePage ?? null) ? values.sourcePage : undefined,
            locale,
            notification: 'pending',
            ipHash,
          },
        })
        // Not awaited: the investor gets the answer now; the email's outcome is recorded on the enquiry.
        void notifyStaff(payload, enquiry)
        return { status: 'stored', reference }
      } catch (error) {
        if (!isReferenceClash(error) || attempt >= 4) throw error
      }
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'An enquiry could not be stored' })
    return { status: 'failed', message: enquiryMessage(locale, 'failed'), values }
  }
}
