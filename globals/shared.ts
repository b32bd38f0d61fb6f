import type { GlobalConfig } from 'payload'

import { readContent, writeContent } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { globalEditorialGuard } from '@/hooks/editorialGuard'
import { revalidateGlobal } from '@/hooks/revalidatePortal'
import { convertGlobal, reviewedInGlobal } from '@/hooks/traditional'
import { closeOnPublishGlobal } from '@/lib/review/requests'

/**
 * What every global shares, as `contentDefaults` (collections/shared.ts) does for the collections:
 * the editorial access rules, drafts with autosave and the last 50 versions, Traditional Chinese
 * converted on save, and the portal's pages refreshed when a publish changes what they show.
 */
export const globalDefaults = {
  access: { read: readContent, update: writeContent, readVersions: ({ req: { user } }) => isStaffUser(user) },
  versions: { drafts: { autosave: { interval: 2000 } }, max: 50 },
  hooks: {
    beforeOperation: [globalEditorialGuard],
    beforeChange: [reviewedInGlobal],
    afterChange: [convertGlobal, closeOnPublishGlobal, revalidateGlobal],
  },
} satisfies Pick<GlobalConfig, 'access' | 'versions' | 'hooks'>
