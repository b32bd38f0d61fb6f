import type { CollectionConfig } from 'payload'

import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Industries: CollectionConfig = {
  slug: 'industries',
  ...contentDefaults,
  labels: { singular: text('industries:industry'), plural: text('industries:industries') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order', 'translationState', '_status'],
    group: text('industries:content'),
    components: contentAdminComponents,
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: text('industries:name'), localized: true, required: true },
    { name: 'description', type: 'textarea', label: text('industries:description'), localized: true },
    { name: 'icon', type: 'upload', relationTo: 'media', label: text('industries:iconOrImage') },
    {
      name: 'order',
      type: 'number',
      label: text('industries:order'),
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    ...slugFields('name'),
    ...editorialFields,
  ],
}
