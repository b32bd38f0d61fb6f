import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { Registration } from '@/payload-types'

import { REGISTRATION_REFERENCE } from './reference'
import { releaseSeats } from './seats'

export const hashCancelToken = (token: string) => createHash('sha256').update(token).digest('hex')

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
