import type { TextField, TextFieldSingleValidation } from 'payload'

import { text } from '@/i18n/admin'
import { SLUG_PATTERN } from '@/lib/schema/slug'
import { validationMessage } from '@/lib/schema/validationMessages'
import { generateSlug } from '@/hooks/generateSlug'

/** One ASCII slug shared by both locales, unique in its collection, made from `sourceField`. */
export const slugField = (sourceField = 'title', overrides: Partial<TextField> = {}): TextField =>
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
    validate: ((value, { req }) =>
      !value || SLUG_PATTERN.test(value) || validationMessage(req, 'invalidSlug')) satisfies TextFieldSingleValidation,
    ...overrides,
  }) as TextField
