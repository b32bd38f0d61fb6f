import type { ArrayField, Field } from 'payload'

import { l, options } from '@/lib/labels'

/** How a figure's number is shown: the portal formats the stored number per locale. */
export const figureFormats = options({
  number: ['数字', 'Number'],
  yuan: ['金额（元）', 'Amount (yuan)'],
  percent: ['百分比', 'Percent'],
})

/** Label + number + unit, e.g. 总建筑面积 / 282000 / 平方米. Numbers are stored as numbers. */
export const figuresField = (overrides: Partial<ArrayField> & { extraFields?: Field[] } = {}): ArrayField => {
  const { extraFields = [], ...rest } = overrides
  return {
    name: 'figures',
    type: 'array',
    label: l('关键数据', 'Key figures'),
    labels: { singular: l('数据', 'Figure'), plural: l('数据', 'Figures') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', label: l('名称', 'Label'), localized: true, required: true },
          { name: 'value', type: 'number', label: l('数值', 'Value'), required: true },
          { name: 'unit', type: 'text', label: l('单位', 'Unit'), localized: true },
          {
            name: 'format',
            type: 'select',
            label: l('显示格式', 'Format'),
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
