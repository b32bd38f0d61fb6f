import type { GroupField } from 'payload'

import { l, options } from '@/lib/labels'

export const AREA_UNITS = {
  km2: ['平方公里', 'km²'],
  m2: ['平方米', 'm²'],
  mu: ['亩', 'mu'],
  ha: ['公顷', 'ha'],
} as const

export const areaUnits = options(AREA_UNITS)

/** The unit as a reader of `locale` writes it. */
export const areaUnitLabel = (unit: keyof typeof AREA_UNITS | null | undefined, locale: 'zh' | 'en') =>
  unit ? AREA_UNITS[unit][locale === 'zh' ? 0 : 1] : undefined

/** An area as a non-negative number with its unit. */
export const areaField = (name: string, label: Record<string, string>): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', label: l('面积', 'Area'), min: 0 },
        { name: 'unit', type: 'select', label: l('单位', 'Unit'), options: areaUnits, defaultValue: 'km2' },
      ],
    },
  ],
})
