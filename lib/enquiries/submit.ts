import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { createWithReference, type FormSpec, submitForm } from '@/lib/forms/pipeline'
import { isPortalPath } from '@/lib/portal/preview'
import { type EnquirySubject, enquirySections, SECTIONS } from '@/lib/sections'
import type { Enquiry } from '@/payload-types'

import { checkEnquiry, type EnquiryData, type EnquiryValues } from './fields'
import { notifyStaff } from './notify'
import { sendReceipt } from './receipt'
import { formatReference, nextReference } from './reference'
import { routeEnquiry } from './routing'

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
      // A project names the team that answers about it.
      team: (typeof doc.team === 'number' || typeof doc.team === 'string' ? doc.team : undefined) as
        number | string | undefined,
    }
  )
}

/** An investor's enquiry as a form of the pipeline: stored under a GZ-year-number reference, staff and enquirer mailed. */
const enquiryForm: FormSpec<EnquiryValues, EnquiryData, undefined, { reference: string }> = {
  collection: 'enquiries',
  messages: 'Enquiry',
  limitVariable: 'ENQUIRY_RATE_LIMIT',
  check: checkEnquiry,
  decoy: (now) => ({ reference: formatReference(new Date(now).getUTCFullYear(), randomInt(1, 999_999)) }),
  store: async ({ payload, data, values, locale, ipHash, now }) => {
    const [industry, subject] = await Promise.all([
      resolveIndustry(payload, data.industry),
      resolveSubject(payload, values.subject, locale),
    ])
    const route = await routeEnquiry(payload, industry, new Date(now), subject?.team)
    const { reference, created } = await createWithReference(
      () => nextReference(payload, new Date(now)),
      (reference) =>
        payload.create({
          collection: 'enquiries',
          overrideAccess: true,
          depth: 0,
          data: {
            ...data,
            industry,
            ...route,
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
        }),
    )
    return {
      sent: { reference },
      notify: () => Promise.all([notifyStaff(payload, created), sendReceipt(payload, created)]),
    }
  },
}

/** Stores an enquiry (the form's server action and POST /api/enquiries/submit). */
export const submitEnquiry = (
  payload: Payload,
  raw: Record<string, unknown>,
  context: { ip: string; locale: Locale },
) => submitForm(enquiryForm, payload, raw, context)
