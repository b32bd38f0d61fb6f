import type { DateField } from 'payload'

import { l } from '@/lib/labels'

export const lastVerifiedField = (overrides: Partial<DateField> = {}): DateField => ({
  name: 'lastVerified',
  type: 'date',
  label: l('最近核实日期', 'Last verified'),
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: l('最近一次与来源核对内容的日期。', 'When the facts were last checked against their source.'),
  },
  ...overrides,
})
