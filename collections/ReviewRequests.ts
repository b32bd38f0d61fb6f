import type { CollectionConfig } from 'payload'

import { canPublish } from '@/access/content'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/staff'
import { text } from '@/i18n/admin'
import { prepareReviewRequest, replaceEarlierRequests } from '@/lib/review/requests'
import { reviewStates } from '@/lib/review/states'
import { reviewTargets } from '@/lib/review/targets'

/**
 * The review workflow as records (issue 29): an editor sends a draft for review with a note; a
 * reviewer publishes it (the request closes as published, hooks in lib/review/requests.ts) or
 * sends it back with a note. One open request per document at a time, taken atomically by the
 * unique `openKey`. Every request stays as the document's review history.
 */
export const ReviewRequests: CollectionConfig = {
  slug: 'review-requests',
  labels: { singular: text('review:request'), plural: text('review:requests') },
  access: {
    read: isStaff,
    // Any member of staff asks; only a publisher decides (sends back; publishing closes it).
    create: isStaff,
    update: ({ req: { user } }) => canPublish(user),
    delete: isAdmin,
  },
  admin: {
    group: text('review:group'),
    defaultColumns: ['title', 'target', 'state', 'submittedBy', 'submittedAt'],
    useAsTitle: 'title',
    description: text('review:description'),
  },
  defaultSort: '-submittedAt',
  hooks: { beforeChange: [prepareReviewRequest], afterChange: [replaceEarlierRequests] },
  fields: [
    { name: 'title', type: 'text', label: text('review:title'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'target',
          type: 'select',
          label: text('review:target'),
          required: true,
          index: true,
          options: reviewTargets.map((value) => ({ value, label: text(`review:targets:${value}`) })),
        },
        { name: 'documentId', type: 'text', label: text('review:documentId'), index: true },
        {
          name: 'state',
          type: 'select',
          label: text('review:state'),
          index: true,
          defaultValue: 'waiting',
          options: reviewStates.map((value) => ({ value, label: text(`review:states:${value}`) })),
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'note', type: 'textarea', label: text('review:note'), maxLength: 2000 },
    {
      type: 'row',
      fields: [
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: text('review:submittedBy'),
          admin: { readOnly: true },
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: text('review:submittedAt'),
          index: true,
          admin: { readOnly: true },
        },
        // Names as they were (staff other than administrators cannot read each other's accounts).
        { name: 'submittedByName', type: 'text', label: text('review:submittedBy'), admin: { hidden: true } },
      ],
    },
    { name: 'decisionNote', type: 'textarea', label: text('review:decisionNote'), maxLength: 2000 },
    {
      type: 'row',
      fields: [
        {
          name: 'decidedBy',
          type: 'relationship',
          relationTo: 'users',
          label: text('review:decidedBy'),
          admin: { readOnly: true },
        },
        { name: 'decidedAt', type: 'date', label: text('review:decidedAt'), admin: { readOnly: true } },
        { name: 'decidedByName', type: 'text', label: text('review:decidedBy'), admin: { hidden: true } },
      ],
    },
    // The draft version that was sent (the queue compares the newest draft with the published version).
    { name: 'versionId', type: 'text', admin: { hidden: true } },
    // `target:id` while waiting, empty afterwards: two requests for one document cannot both wait.
    { name: 'openKey', type: 'text', unique: true, admin: { hidden: true } },
    // When the reviewers were last reminded of it (lib/review/reminders.ts).
    { name: 'remindedAt', type: 'date', admin: { hidden: true } },
  ],
  timestamps: true,
}
