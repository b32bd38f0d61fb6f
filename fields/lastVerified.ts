import type { DateField } from 'payload'

import { text } from '@/i18n/admin'

export const lastVerifiedField = (overrides: Partial<DateField> = {}): DateField => ({
  name: 'lastVerified',
  type: 'date',
  label: text('fields:lastVerified'),
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: text('fields:whenTheFactsWereLast'),
  },
  ...overrides,
})
