import type { TextField, TextFieldSingleValidation } from 'payload'

import { text } from '@/i18n/admin'
import { SLUG_PATTERN } from '@/lib/schema/slug'
import { validationMessage } from '@/lib/schema/validationMessages'
import { generateSlug } from '@/hooks/generateSlug'

/**
 * One ASCII slug shared by both locales, unique in its collection, made from `sourceField`.
 * `reserved` slugs are taken by pages of the section (`/parks/compare`).
 */
export const slugField = (
  sourceField = 'title',
  overrides: Partial<TextField> = {},
  reserved: string[] = [],
): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: text('fields:slug'),
    index: true,
    unique: true,
    localized: false,
    admin: {
      position: 'sidebar',
      description: text('fields:leaveEmptyToGenerateIt'),
    },
    hooks: { beforeValidate: [generateSlug(sourceField)] },
    validate: ((value, { req }) => {
      if (value && !SLUG_PATTERN.test(value)) return validationMessage(req, 'invalidSlug')
      if (value && reserved.includes(value)) return validationMessage(req, 'reservedSlug')
      return true
    }) satisfies TextFieldSingleValidation,
    ...overrides,
  }) as TextField
