import type { CollectionConfig, FieldAccess } from 'payload'

import { canPublish } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { reviewedTranslationsField } from '@/collections/shared'
import { revalidateOnChange, revalidateOnDelete } from '@/hooks/revalidatePortal'
import { convertCollection, reviewedInCollection } from '@/hooks/traditional'
import { text } from '@/i18n/admin'

/** Which officer an account is, and who leads: for staff only (the portal shows names and public contacts). */
const staffOnly: { read: FieldAccess } = { read: ({ req: { user } }) => isStaffUser(user) }

/**
 * Sector teams (issue 29): the bureau's officers by industry. A new enquiry goes to the team of its
 * industry and to the officer of it with the fewest new enquiries (lib/enquiries/routing.ts); the
 * team's lead is mailed what is overdue. The portal shows a team, with its officers' public
 * contacts, on its industries' pages. Reviewers and administrators keep it; it has no drafts.
 */
export const Teams: CollectionConfig = {
  slug: 'teams',
  labels: { singular: text('teams:team'), plural: text('teams:teams') },
  access: {
    read: () => true,
    create: ({ req: { user } }) => canPublish(user),
    update: ({ req: { user } }) => canPublish(user),
    delete: ({ req: { user } }) => canPublish(user),
  },
  admin: {
    group: text('enquiries:leads'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'industries', 'lead'],
    description: text('teams:description'),
  },
  // Traditional Chinese converted from the Simplified as on content (hooks/traditional.ts).
  hooks: {
    beforeChange: [reviewedInCollection],
    afterChange: [convertCollection, revalidateOnChange],
    afterDelete: [revalidateOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: text('teams:name'), localized: true, required: true },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      index: true,
      label: text('teams:industries'),
    },
    {
      name: 'lead',
      type: 'relationship',
      relationTo: 'users',
      label: text('teams:lead'),
      access: staffOnly,
      admin: { description: text('teams:leadDescription') },
    },
    {
      name: 'officers',
      type: 'array',
      label: text('teams:officers'),
      labels: { singular: text('teams:officer'), plural: text('teams:officers') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: text('teams:officerName'), localized: true, required: true },
            { name: 'title', type: 'text', label: text('teams:officerTitle'), localized: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: text('teams:phone'), maxLength: 40 },
            { name: 'email', type: 'email', label: text('teams:email') },
            {
              name: 'user',
              type: 'relationship',
              relationTo: 'users',
              label: text('teams:account'),
              access: staffOnly,
              admin: { description: text('teams:accountDescription') },
            },
          ],
        },
      ],
    },
    {
      name: 'sample',
      type: 'checkbox',
      label: text('teams:sample'),
      admin: { description: text('teams:sampleDescription') },
    },
    reviewedTranslationsField,
  ],
  timestamps: true,
}
