import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * Per-client counters in the database (lib/server/counters.ts) when there is no Redis: login
 * throttling and the enquiry and registration limits. One row per key, each changed by one atomic
 * statement that counts and starts a new window when the last has ended, so that a burst of
 * concurrent requests is counted one by one, never all against the same old count.
 */
export const RateCounters: CollectionConfig = {
  slug: 'rate-counters',
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    // Milliseconds since the epoch: compared as a number in one statement on every adapter.
    { name: 'windowEnds', type: 'number', required: true },
  ],
}
