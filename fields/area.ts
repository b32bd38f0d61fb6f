import type { GroupField } from 'payload'

import { text } from '@/i18n/admin'
import type { Locale } from '@/i18n/locales'
import { areaUnits, optionLabel } from '@/lib/schema/options'

/** The unit as a reader of `locale` writes it (平方公里 / km²). */
export const areaUnitLabel = (unit: string | null | undefined, locale: Locale) =>
  unit ? optionLabel(areaUnits, unit, locale) : undefined

/** An area as a non-negative number with its unit. */
export const areaField = (name: string, label: Record<string, string>): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', label: text('fields:area'), min: 0 },
        { name: 'unit', type: 'select', label: text('fields:unit'), options: areaUnits, defaultValue: 'km2' },
      ],
    },
  ],
})
