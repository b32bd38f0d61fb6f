import type { ArrayField, Field } from 'payload'

import { text } from '@/i18n/admin'
import { adminOptions, figureQualifiers } from '@/lib/schema/options'

/** How a figure's number is shown: the portal formats the stored number per locale. */
export const figureFormats = adminOptions('figureFormats')

/** Label + number + unit, e.g. 总建筑面积 / 282000 / 平方米. Numbers are stored as numbers. */
export const figuresField = (overrides: Partial<ArrayField> & { extraFields?: Field[] } = {}): ArrayField => {
  const { extraFields = [], ...rest } = overrides
  return {
    name: 'figures',
    type: 'array',
    label: text('fields:keyFigures'),
    labels: { singular: text('fields:figure'), plural: text('fields:figures') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', label: text('fields:label'), localized: true, required: true },
          {
            name: 'qualifier',
            type: 'select',
            label: text('fields:qualifier'),
            options: figureQualifiers,
            admin: { description: text('fields:qualifierDescription') },
          },
          { name: 'value', type: 'number', label: text('fields:value'), required: true },
          { name: 'unit', type: 'text', label: text('fields:unit'), localized: true },
          {
            name: 'format',
            type: 'select',
            label: text('fields:format'),
            defaultValue: 'number',
            options: figureFormats,
          },
        ],
      },
      ...extraFields,
    ],
    ...rest,
  } as ArrayField
}
