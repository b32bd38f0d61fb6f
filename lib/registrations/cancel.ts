import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Registration } from '@/payload-types'

import { REGISTRATION_REFERENCE } from './reference'
import { releaseSeats } from './seats'
import { changeStatus, promoteWaiting } from './waitlist'

export const hashCancelToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The registrant's cancel link at work: the registration, if `token` is its secret, with its event
 * in `locale` (the cancel page's language; its fallback where the event has no text in it).
 */
export async function findByCancelToken(payload: Payload, reference: string, token: string, locale?: Locale) {
  if (!REGISTRATION_REFERENCE.test(reference) || !token || token.length > 64) return undefined
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const registration = docs[0]
  return registration && registration.cancelHash === hashCancelToken(token) ? registration : undefined
}

/** Cancels a registration from its link; its places go to the waiting list first. */
export async function cancelRegistration(payload: Payload, registration: Registration, tries = 3): Promise<void> {
  if (registration.status === 'cancelled') return
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  if (!(await changeStatus(payload, registration.id, registration.status, 'cancelled'))) {
    // Moved meanwhile (up from the waiting list): cancel it as it is now.
    if (tries <= 1) throw new Error(`Registration ${registration.reference} keeps changing; not cancelled`)
    const now = await payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true })
    return cancelRegistration(payload, now, tries - 1)
  }
  if (registration.status !== 'confirmed') return
  await releaseSeats(payload, eventId, registration.attendees)
  await promoteWaiting(payload, eventId)
}
