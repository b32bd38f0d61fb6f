import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { STATUS_LOOKUP } from '@/access/leads'
import { takeUse } from '@/lib/server/limits'
import type { Enquiry } from '@/payload-types'

import { REFERENCE_PATTERN } from './reference'

/** What an enquirer is told of their enquiry's stage: the pipeline's stages are staff's business. */
export type EnquiryProgress = 'received' | 'inProgress' | 'answered'

const PROGRESS: Record<Enquiry['status'], EnquiryProgress> = {
  new: 'received',
  contacted: 'inProgress',
  'site-visit': 'inProgress',
  negotiating: 'inProgress',
  signed: 'answered',
  closed: 'answered',
}

export type StatusLookup =
  | { result: 'found'; progress: EnquiryProgress; reference: string; receivedAt: string }
  | { result: 'notFound' | 'invalid' | 'rateLimited' }

/** Look-ups per address, and per reference from all addresses, in `WINDOW_MS`. */
const PER_ADDRESS = () => Number(process.env.ENQUIRY_STATUS_LIMIT || 10)
const PER_REFERENCE = 10
const WINDOW_MS = 10 * 60_000

const normalEmail = (email: string) => email.trim().toLowerCase()
const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * An enquiry's progress for the person who sent it, by its reference and the email address it gave
 * (issue 28). Nothing to enumerate: an unknown reference, a wrong address and an enquiry without
 * one get the same answer after the same work (one read, one constant-time comparison), and the
 * look-ups are limited per address and per reference, taken in one atomic step, so an address
 * cannot be guessed for a known reference. It tells the stage only, nothing else the enquiry holds.
 * The enquiries stay readable by staff alone, but for this look-up, which their access function lets
 * read the one enquiry of the reference asked (access/leads.ts `enquiryAccess`): the field it
 * compares and the two it shows.
 */
export async function lookUpEnquiry(
  payload: Payload,
  input: { reference?: unknown; email?: unknown },
  ip: string,
): Promise<StatusLookup> {
  const reference = typeof input.reference === 'string' ? input.reference.trim().toUpperCase() : ''
  const email = typeof input.email === 'string' ? normalEmail(input.email) : ''
  if (!REFERENCE_PATTERN.test(reference) || !email.includes('@') || email.length > 254) return { result: 'invalid' }
  const ipHash = createHmac('sha256', payload.secret).update(ip).digest('hex')
  const allowed = await takeUse(
    payload,
    [
      [`limit:enquiry-status:${ipHash}`, PER_ADDRESS()],
      [`limit:enquiry-status-ref:${reference}`, PER_REFERENCE],
    ],
    WINDOW_MS,
  )
  if (!allowed) return { result: 'rateLimited' }
  // Through the collection's access (access/leads.ts): a look-up may read the one enquiry of this reference.
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 0,
    select: { email: true, status: true, createdAt: true },
    overrideAccess: false,
    context: { [STATUS_LOOKUP]: reference },
  })
  const enquiry = docs[0]
  // Compared as digests of equal length, in constant time, whether or not there is an enquiry.
  const matches = timingSafeEqual(digest(normalEmail(enquiry?.email ?? '')), digest(email)) && Boolean(enquiry?.email)
  if (!enquiry || !matches) return { result: 'notFound' }
  return { result: 'found', progress: PROGRESS[enquiry.status] ?? 'received', reference, receivedAt: enquiry.createdAt }
}
