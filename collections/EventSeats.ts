import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * How many places of each event are taken: one row per event, changed only by one atomic
 * conditional update (lib/registrations/seats.ts), so concurrent sign-ups cannot overbook. Kept
 * apart from the event itself, which editors save whole (a publish would write back a stale count).
 */
export const EventSeats: CollectionConfig = {
  slug: 'event-seats',
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, unique: true, index: true },
    { name: 'taken', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
