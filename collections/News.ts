import type { CollectionConfig } from 'payload'

import { dayOnly } from '@/fields/dayOnly'
import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { newsKinds } from '@/lib/schema/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/** News, announcements and notices: dated texts with the documents they concern. */
export const News: CollectionConfig = {
  slug: 'news',
  ...contentDefaults,
  labels: { singular: text('news:item'), plural: text('news:items') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'translationState', '_status'],
    group: text('news:content'),
    components: contentAdminComponents,
  },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: text('news:title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: text('news:kind'),
          options: newsKinds,
          defaultValue: 'news',
          required: true,
          index: true,
        },
        {
          name: 'date',
          type: 'date',
          label: text('news:date'),
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { ...dayOnly, description: text('news:dateDescription') },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: text('news:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('news:body'), localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media', label: text('news:cover') },
    {
      name: 'source',
      type: 'text',
      label: text('news:source'),
      localized: true,
      admin: { description: text('news:sourceDescription') },
    },
    {
      type: 'row',
      fields: [
        { name: 'relatedParks', type: 'relationship', relationTo: 'parks', hasMany: true, label: text('news:parks') },
        {
          name: 'relatedPolicies',
          type: 'relationship',
          relationTo: 'policies',
          hasMany: true,
          label: text('news:policies'),
        },
        {
          name: 'relatedEvents',
          type: 'relationship',
          relationTo: 'events',
          hasMany: true,
          label: text('news:events'),
        },
      ],
    },
    ...slugFields('title'),
    ...editorialFields,
  ],
}
