import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { text } from '@/i18n/admin'
import { sections } from '@/lib/sections'

const nobody = () => false

/**
 * The old addresses of published documents whose slug an editor changed (issue 29): a visit to
 * `/{locale}/{section}/{from}` is sent on to `/{locale}/{section}/{to}` with a permanent redirect.
 * Written only by the documents' own hook (lib/redirects/record.ts); public to read, since
 * the old address was public; an administrator may delete one whose old address should go.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: text('redirects:singular'), plural: text('redirects:plural') },
  access: { read: () => true, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    group: text('users:system'),
    useAsTitle: 'from',
    defaultColumns: ['section', 'from', 'to', 'updatedAt'],
    description: text('redirects:description'),
  },
  indexes: [{ fields: ['section', 'from'], unique: true }],
  fields: [
    {
      name: 'section',
      type: 'select',
      required: true,
      label: text('redirects:section'),
      options: sections.map((value) => ({ value, label: text(`review:targets:${value}`) })),
    },
    { name: 'from', type: 'text', required: true, index: true, label: text('redirects:from') },
    { name: 'to', type: 'text', required: true, index: true, label: text('redirects:to') },
  ],
}
