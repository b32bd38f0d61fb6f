import type { Payload } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { isSql, sqlRows } from '@/lib/server/sql'
import type { Registration } from '@/payload-types'

import { sendConfirmation } from './mail'
import { type MongoDb, releaseSeats, seatsTaken, takeSeats } from './seats'

type Status = Registration['status']
const STATUSES: readonly Status[] = ['confirmed', 'waitlisted', 'cancelled']

/**
 * Moves one registration from status `from` to `to` if it still has `from`, in one statement; true
 * when it moved. The portal's own moves go through here rather than Payload's update, which writes
 * back the whole row as it read it (a status that changed meanwhile would be undone).
 */
export async function changeStatus(payload: Payload, id: number | string, from: Status, to: Status) {
  if (!STATUSES.includes(from) || !STATUSES.includes(to)) throw new Error(`Not a status: ${from} → ${to}`)
  if (isSql(payload)) {
    // As literals: PostgreSQL's column is an enum, which a text parameter does not compare with.
    const changed = await sqlRows(
      payload,
      (sql) =>
        sql`UPDATE registrations SET status = ${sql.raw(`'${to}'`)} WHERE id = ${id} AND status = ${sql.raw(`'${from}'`)} RETURNING id`,
    )
    return changed.length === 1
  }
  const model = (payload.db as unknown as MongoDb).collections.registrations!
  return (await model.updateOne({ _id: id, status: from }, { $set: { status: to } })).modifiedCount === 1
}

/**
 * Gives the places free at an event to its waiting list: oldest registration first, whole bookings
 * only (a booking larger than the places left waits, and a smaller one behind it may go first). Each
 * move takes the places and then flips that one registration from waiting to confirmed, both
 * conditionally, so two of these at once (two cancellations) never confirm anyone twice nor take
 * more places than there are. Run after every change that frees places or adds some: a cancellation,
 * staff moving a confirmed registration away, a larger capacity, and a sign-up that joined the list.
 * Each person moved up is emailed in their language (except `quiet`, who is answered on the page).
 */
export async function promoteWaiting(
  payload: Payload,
  eventId: number | string,
  { quiet }: { quiet?: number | string } = {},
): Promise<Registration[]> {
  const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true })
  const capacity = event.registration?.capacity
  const promoted: Registration[] = []
  // A pass that lost a registration to another pass gave its places back: it looks again, with the
  // list and the count read afresh, so that no place it held for a moment is left unoffered.
  for (let pass = 0, again = true; again && pass < 20; pass++) {
    again = false
    let free = capacity == null ? Number.POSITIVE_INFINITY : capacity - (await seatsTaken(payload, eventId))
    if (free < 1) break
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
      sort: 'createdAt',
      limit: 500,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const registration of docs) {
      // Someone else may hold the places (for good, or for a moment: then they look again): counted
      // afresh, this registration is tried again while it fits, so that nobody behind it goes first.
      let seated = false
      for (let attempt = 0; !seated && attempt < 20 && registration.attendees <= free; attempt++) {
        seated = await takeSeats(payload, eventId, registration.attendees, capacity)
        if (!seated && capacity != null) free = capacity - (await seatsTaken(payload, eventId))
      }
      if (free < 1) break
      if (!seated) continue
      if (!(await changeStatus(payload, registration.id, 'waitlisted', 'confirmed'))) {
        await releaseSeats(payload, eventId, registration.attendees)
        again = true
        continue
      }
      free -= registration.attendees
      promoted.push({ ...registration, status: 'confirmed' })
    }
  }
  for (const registration of promoted) {
    if (registration.id === quiet) continue
    const localized = await payload.findByID({
      collection: 'events',
      id: eventId,
      depth: 0,
      locale: registration.locale ?? defaultLocale,
      overrideAccess: true,
    })
    await sendConfirmation(payload, registration, localized, undefined)
  }
  if (promoted.length > 0) {
    payload.logger.info(
      `Event ${eventId}: ${promoted.map((r) => r.reference).join(', ')} moved up from the waiting list`,
    )
  }
  return promoted
}

/**
 * Moves the waiting list up after the change that freed places has been answered, without holding
 * the request that made it (a staff save, an event's larger capacity); a failure is logged.
 */
export function promoteLater(payload: Payload, eventId: number | string) {
  setImmediate(() => {
    promoteWaiting(payload, eventId).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: `Event ${eventId}: the waiting list could not move up` }),
    )
  })
}
