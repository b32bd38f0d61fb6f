import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { authenticatedOrPublished } from '@/access/authenticatedOrPublished'

/** What every public content collection shares: drafts with versions, public reads of published docs. */
export const contentDefaults = {
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>
