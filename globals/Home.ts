import type { GlobalConfig } from 'payload'

import { dayOnly } from '@/fields/dayOnly'
import { reviewedTranslationsField, reviewPanelField } from '@/collections/shared'
import { globalDefaults } from '@/globals/shared'
import { figuresField } from '@/fields/figures'
import { text } from '@/i18n/admin'
import { adminOptions } from '@/lib/schema/options'

export const Home: GlobalConfig = {
  slug: 'home',
  label: text('home:homePage'),
  ...globalDefaults,
  admin: { group: text('home:site') },
  fields: [
    {
      name: 'hero',
      type: 'group',
      label: text('home:hero'),
      fields: [
        { name: 'title', type: 'text', label: text('home:title'), localized: true, required: true },
        { name: 'subtitle', type: 'textarea', label: text('home:subtitle'), localized: true },
        { name: 'image', type: 'upload', relationTo: 'media', label: text('home:image') },
      ],
    },
    figuresField({
      name: 'keyFigures',
      extraFields: [
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', label: text('home:source'), localized: true, required: true },
            {
              name: 'asOf',
              type: 'date',
              label: text('home:asOf'),
              admin: { ...dayOnly, description: text('home:asOfDescription') },
            },
          ],
        },
      ],
    }),
    {
      // The home page's charts: a series staff type in, or counts worked out from the published cases.
      // One chart holds one kind of quantity in one unit (the admin says so): no chart sets unlike
      // things side by side.
      name: 'charts',
      type: 'array',
      label: text('home:charts'),
      labels: { singular: text('home:chart'), plural: text('home:charts') },
      admin: { description: text('home:chartsDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', label: text('home:chartTitle'), localized: true, required: true },
            {
              name: 'data',
              type: 'select',
              label: text('home:chartData'),
              required: true,
              defaultValue: 'series',
              options: adminOptions('chartData'),
            },
            {
              name: 'unit',
              type: 'text',
              label: text('home:chartUnit'),
              localized: true,
              admin: { description: text('home:chartUnitDescription') },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', label: text('home:source'), localized: true },
            { name: 'asOf', type: 'date', label: text('home:asOf'), admin: dayOnly },
            { name: 'note', type: 'text', label: text('home:chartNote'), localized: true },
          ],
        },
        {
          name: 'points',
          type: 'array',
          label: text('home:chartPoints'),
          admin: { condition: (_, sibling) => sibling?.data === 'series' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', label: text('fields:label'), localized: true, required: true },
                { name: 'value', type: 'number', label: text('fields:value'), required: true, min: 0 },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'featuredParks',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: text('home:featuredParks'),
    },
    {
      name: 'featuredCases',
      type: 'relationship',
      relationTo: 'cases',
      hasMany: true,
      label: text('home:featuredCases'),
    },
    reviewPanelField,
    reviewedTranslationsField,
  ],
}
