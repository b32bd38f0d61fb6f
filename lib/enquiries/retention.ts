import type { Payload, TaskConfig } from 'payload'

/** What an anonymised enquiry keeps in place of the name and the company (both are required). */
export const ANONYMISED = '—'

/**
 * Personal details of enquiries and event registrations are kept for the months site settings say (the privacy notice states the same
 * number); after that the enquiry keeps only what identifies nobody: its reference, dates, status,
 * industry, investment range, premises and subject. Returns how many enquiries it anonymised.
 */
export async function anonymiseExpiredEnquiries(payload: Payload, now = new Date()): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - (settings.retentionMonths ?? 24))
  let count = 0
  for (const [collection, data] of Object.entries(ANONYMOUS) as [keyof typeof ANONYMOUS, object][]) {
    // In batches, so that a backlog of years does not load at once.
    for (;;) {
      const { docs } = await payload.find({
        collection,
        where: { createdAt: { less_than: cutoff.toISOString() }, anonymisedAt: { exists: false } },
        depth: 0,
        limit: 100,
        pagination: false,
        select: { reference: true },
      })
      if (docs.length === 0) break
      for (const { id } of docs) {
        await payload.update({
          collection,
          id,
          data: { ...data, anonymisedAt: now.toISOString() },
          // A registration's places are not moved by forgetting who took them.
          context: { anonymising: true, seatsHandled: true },
        })
        count++
      }
    }
  }
  return count
}

/** What an anonymised enquiry or registration keeps of the personal details: nothing. */
const ANONYMOUS = {
  enquiries: {
    company: ANONYMISED,
    contactName: ANONYMISED,
    phone: null,
    email: null,
    origin: null,
    message: null,
    notes: [],
    ipHash: null,
  },
  registrations: {
    name: ANONYMISED,
    company: ANONYMISED,
    jobTitle: null,
    phone: null,
    email: null,
    cancelHash: null,
    ipHash: null,
  },
} as const

/** The daily job (payload.config.ts): runs wherever the job queue runs (see PAYLOAD_JOBS_AUTORUN). */
export const anonymiseEnquiriesTask: TaskConfig<{ input: object; output: { anonymised: number } }> = {
  slug: 'anonymiseEnquiries',
  label: 'Anonymise enquiries past their retention period',
  // Every day at 03:30 (server time); six fields, the first being seconds.
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const anonymised = await anonymiseExpiredEnquiries(req.payload)
    // Counters of windows that have ended (spent form tokens, limits, logins) are kept no longer.
    await req.payload.delete({
      collection: 'rate-counters',
      where: { windowEnds: { less_than: Date.now() } },
      overrideAccess: true,
      req,
    })
    return { output: { anonymised } }
  },
}
