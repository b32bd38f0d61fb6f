import type { CollectionConfig } from 'payload'

import { figuresField } from '@/fields/figures'
import { sampleFactsField } from '@/fields/sampleFacts'
import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { originCities } from '@/lib/schema/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Cases: CollectionConfig = {
  slug: 'cases',
  ...contentDefaults,
  labels: { singular: text('cases:investmentCase'), plural: text('cases:investmentCases') },
  admin: {
    useAsTitle: 'companyName',
    defaultColumns: ['companyName', 'originCity', 'industry', 'investmentYear', 'translationState', '_status'],
    group: text('cases:content'),
    components: contentAdminComponents,
  },
  defaultSort: '-investmentYear',
  fields: [
    { name: 'companyName', type: 'text', label: text('cases:company'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'originCity', type: 'select', label: text('cases:originCity'), options: originCities, index: true },
        { name: 'industry', type: 'relationship', relationTo: 'industries', label: text('cases:industry') },
        { name: 'park', type: 'relationship', relationTo: 'parks', label: text('cases:park') },
      ],
    },
    sampleFactsField(['origin', 'industry']),
    {
      type: 'row',
      fields: [
        { name: 'investmentAmount', type: 'number', label: text('cases:investmentYuan'), min: 0 },
        {
          name: 'investmentYear',
          type: 'number',
          label: text('cases:year'),
          min: 1978,
          max: 2100,
          index: true,
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: text('cases:summary'), localized: true },
    { name: 'story', type: 'richText', label: text('cases:story'), localized: true },
    figuresField({ name: 'outcomes', label: text('cases:outcomes') }),
    {
      name: 'quote',
      type: 'group',
      label: text('cases:quote'),
      fields: [
        { name: 'text', type: 'textarea', label: text('cases:quote2'), localized: true },
        { name: 'attribution', type: 'text', label: text('cases:attribution'), localized: true },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: text('cases:logoOrImage') },
    ...slugFields('companyName'),
    ...editorialFields,
  ],
}
