import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { l } from '@/lib/labels'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Industries: CollectionConfig = {
  slug: 'industries',
  ...contentDefaults,
  labels: { singular: l('产业链', 'Industry'), plural: l('产业链', 'Industries') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order', 'translationState', '_status'],
    group: l('内容', 'Content'),
    components: contentAdminComponents,
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: l('名称', 'Name'), localized: true, required: true },
    { name: 'description', type: 'textarea', label: l('简介', 'Description'), localized: true },
    { name: 'icon', type: 'upload', relationTo: 'media', label: l('图标或图片', 'Icon or image') },
    {
      name: 'order',
      type: 'number',
      label: l('排序', 'Order'),
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    slugField('name'),
    ...editorialFields,
  ],
}
