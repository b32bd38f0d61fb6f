import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { authenticatedOrPublished } from '@/access/authenticatedOrPublished'
import { revalidateOnChange, revalidateOnDelete } from '@/hooks/revalidatePortal'

/**
 * What every public content collection shares: drafts with versions, public reads of published
 * docs, and portal pages refreshed when what the public sees changes.
 */
export const contentDefaults = {
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  hooks: { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] },
  versions: { drafts: true, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'hooks' | 'versions'>
