import type { CollectionConfig } from 'payload'

import { figuresField } from '@/fields/figures'
import { slugField } from '@/fields/slug'
import { l } from '@/lib/labels'
import { originCities } from '@/lib/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Cases: CollectionConfig = {
  slug: 'cases',
  ...contentDefaults,
  labels: { singular: l('投资案例', 'Investment case'), plural: l('投资案例', 'Investment cases') },
  admin: {
    useAsTitle: 'companyName',
    defaultColumns: ['companyName', 'originCity', 'industry', 'investmentYear', 'translationState', '_status'],
    group: l('内容', 'Content'),
    components: contentAdminComponents,
  },
  defaultSort: '-investmentYear',
  fields: [
    { name: 'companyName', type: 'text', label: l('企业名称', 'Company'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'originCity', type: 'select', label: l('来源城市', 'Origin city'), options: originCities, index: true },
        { name: 'industry', type: 'relationship', relationTo: 'industries', label: l('所属产业', 'Industry') },
        { name: 'park', type: 'relationship', relationTo: 'parks', label: l('落户园区', 'Park') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'investmentAmount', type: 'number', label: l('投资额（元）', 'Investment (yuan)'), min: 0 },
        {
          name: 'investmentYear',
          type: 'number',
          label: l('投资年份', 'Year'),
          min: 1978,
          max: 2100,
          index: true,
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: l('摘要', 'Summary'), localized: true },
    { name: 'story', type: 'richText', label: l('案例故事', 'Story'), localized: true },
    figuresField({ name: 'outcomes', label: l('成效', 'Outcomes') }),
    {
      name: 'quote',
      type: 'group',
      label: l('引语', 'Quote'),
      fields: [
        { name: 'text', type: 'textarea', label: l('引语内容', 'Quote'), localized: true },
        { name: 'attribution', type: 'text', label: l('出处', 'Attribution'), localized: true },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: l('标志或图片', 'Logo or image') },
    slugField('companyName'),
    ...editorialFields,
  ],
}
