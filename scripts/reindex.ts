/**
 * `npm run reindex`: rebuilds the search index (collections/SearchIndex.ts) from the published
 * documents — for a database that had content before the index existed, or after a restore. New
 * content is indexed by the collections' hooks; the seed builds it as it goes.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { indexDocument } from '@/hooks/searchIndex'
import { sections } from '@/lib/sections'

const payload = await getPayload({ config })
try {
  await payload.delete({ collection: 'search-index', where: { id: { exists: true } }, overrideAccess: true })
  for (const section of sections) {
    const { docs } = await payload.find({
      collection: section,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
    })
    for (const doc of docs) await indexDocument(payload, section, doc.id)
    console.info(`  ${section}: ${docs.length} indexed`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
