/**
 * The portal's data access: the only code that queries Payload for public pages (read.ts says how:
 * as the public, cached until content changes). By concern: site-wide reads (site.ts), one
 * document by its address (documents.ts), a section's list and feeds (lists.ts), what a page shows
 * beside its document (related.ts), and the finder's and comparison's data (finder.ts).
 */
export * from './documents'
export * from './finder'
export * from './lists'
export { previewUser } from './read'
export * from './related'
export * from './site'

export type { Case, Event, Industry, Park, Policy } from '@/payload-types'
