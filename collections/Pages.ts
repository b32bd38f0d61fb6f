import type { CollectionConfig } from 'payload'

import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { pageKinds } from '@/lib/schema/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/**
 * The portal's fixed texts: about, privacy notice, terms, accessibility statement, and guides for
 * investors. Edited like all content (drafts, review, both languages); site settings say which page
 * the footer and the forms' consent boxes link to.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  ...contentDefaults,
  labels: { singular: text('pages:page'), plural: text('pages:pages') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'slug', 'translationState', '_status'],
    group: text('pages:content'),
    components: contentAdminComponents,
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', label: text('pages:title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: text('pages:kind'),
          options: pageKinds,
          defaultValue: 'guide',
          required: true,
          index: true,
        },
        { name: 'order', type: 'number', label: text('pages:order'), defaultValue: 0 },
      ],
    },
    { name: 'summary', type: 'textarea', label: text('pages:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('pages:body'), localized: true },
    ...slugFields('title'),
    ...editorialFields,
  ],
}
