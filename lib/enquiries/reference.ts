import type { Payload } from 'payload'

/** The year in Ganzhou (UTC+8), which numbers the references: GZ-2026-000123. */
const yearInChina = (now: Date) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear()

export const formatReference = (year: number, sequence: number) => `GZ-${year}-${String(sequence).padStart(6, '0')}`

export const REFERENCE_PATTERN = /^GZ-\d{4}-\d{6}$/

/** The next reference of the year: one past the highest stored (the field is unique; callers retry on a clash). */
export async function nextReference(payload: Payload, now = new Date()): Promise<string> {
  const year = yearInChina(now)
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { reference: { like: `GZ-${year}-` } },
    sort: '-reference',
    limit: 1,
    depth: 0,
    select: { reference: true },
    overrideAccess: true,
  })
  const last = Number(docs[0]?.reference?.slice(-6) ?? 0)
  return formatReference(year, last + 1)
}
