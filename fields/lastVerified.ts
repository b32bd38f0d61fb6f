import type { DateField } from 'payload'

import { text } from '@/i18n/admin'

import { dayOnly } from './dayOnly'

export const lastVerifiedField = (overrides: Partial<DateField> = {}): DateField => ({
  name: 'lastVerified',
  type: 'date',
  label: text('fields:lastVerified'),
  index: true,
  admin: {
    position: 'sidebar',
    ...dayOnly,
    description: text('fields:whenTheFactsWereLast'),
  },
  ...overrides,
})
