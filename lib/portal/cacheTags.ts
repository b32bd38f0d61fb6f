/** Next data-cache tag of every shared public read (lib/portal/data/); revalidated when content changes. */
export const PORTAL_DATA_TAG = 'portal-data'

/** Tag of an event's count of places taken; revalidated whenever places are taken or given back. */
export const seatsTag = (eventId: number | string) => `event-seats:${eventId}`
