import type { Access, CollectionConfig } from 'payload'

import { isStaffUser } from '@/access/staff'

const nobody = () => false

/** The places taken at a published event are public (its page says how many are left); staff see all. */
const publishedEvents: Access = ({ req: { user } }) => isStaffUser(user) || { 'event._status': { equals: 'published' } }

/**
 * How many places of each event are taken: one row per event, changed only by one atomic
 * conditional update (lib/registrations/seats.ts), so concurrent sign-ups cannot overbook. Kept
 * apart from the event itself, which editors save whole (a publish would write back a stale count).
 * Every change revalidates the event's cached count (`seatsTag`), which its page shows.
 */
export const EventSeats: CollectionConfig = {
  slug: 'event-seats',
  access: { read: publishedEvents, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, unique: true, index: true },
    { name: 'taken', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
