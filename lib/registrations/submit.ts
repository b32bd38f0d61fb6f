import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { createWithReference, type FormSpec, submitForm } from '@/lib/forms/pipeline'
import type { Event } from '@/payload-types'

import { hashCancelToken } from './cancel'
import { checkRegistration, type RegistrationData, type RegistrationValues } from './fields'
import { sendConfirmation } from './mail'
import { acceptsRegistrations } from './open'
import { newRegistrationReference } from './reference'
import { releaseSeats, takeSeats } from './seats'
import { promoteWaiting } from './waitlist'

type Sent = { reference: string; status: 'confirmed' | 'waitlisted' }

/**
 * A registration as a form of the pipeline: the event must still take registrations; places are
 * taken atomically while nobody is waiting (or the registrant joins the waiting list, which then
 * moves up if places are free that fit someone on it, this registrant included), and the
 * confirmation email carries the reference, the event as .ics and the cancel link.
 */
const registrationForm: FormSpec<RegistrationValues, RegistrationData, Event, Sent> = {
  collection: 'registrations',
  messages: 'Registration',
  limitVariable: 'REGISTRATION_RATE_LIMIT',
  check: checkRegistration,
  decoy: () => ({ reference: newRegistrationReference(), status: 'confirmed' }),
  prepare: async (payload, values, locale, now) => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { equals: values.event ?? '' } },
      limit: 1,
      depth: 0,
      locale,
      overrideAccess: false,
    })
    const event = docs[0]
    return event && acceptsRegistrations(event, now) ? event : null
  },
  store: async ({ payload, data, prepared: event, locale, ipHash }) => {
    const seated = await takeSeats(payload, event.id, data.attendees, event.registration?.capacity, { newcomer: true })
    const token = randomBytes(24).toString('base64url')
    try {
      const { reference, created } = await createWithReference(newRegistrationReference, (reference) =>
        payload.create({
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
        }),
      )
      const movedUp =
        !seated && (await promoteWaiting(payload, event.id, { quiet: created.id })).some((r) => r.id === created.id)
      const status = seated || movedUp ? 'confirmed' : 'waitlisted'
      return {
        sent: { reference, status },
        notify: () => sendConfirmation(payload, { ...created, status }, event, token),
      }
    } catch (error) {
      // The places go back; if even that fails, staff must hear of it (the count is then too high).
      if (seated) {
        await releaseSeats(payload, event.id, data.attendees).catch((releaseError: unknown) =>
          payload.logger.error({
            err: releaseError,
            msg: `${data.attendees} places of event ${event.id} taken for a registration that failed could not be given back`,
          }),
        )
      }
      throw error
    }
  },
}

/** Stores a registration (the form's server action and POST /api/registrations/submit). */
export const submitRegistration = (
  payload: Payload,
  raw: Record<string, unknown>,
  context: { ip: string; locale: Locale },
) => submitForm(registrationForm, payload, raw, context)
