import type { CheckboxField, TextField, TextFieldSingleValidation } from 'payload'

import { text } from '@/i18n/admin'
import { SLUG_PATTERN } from '@/lib/schema/slug'
import { validationMessage } from '@/lib/schema/validationMessages'
import { generateSlug } from '@/hooks/generateSlug'
import { notInSpreadsheets } from '@/lib/spreadsheets'

/**
 * One ASCII slug shared by both locales, unique in its collection, proposed from `sourceField`
 * (hooks/generateSlug.ts), and whether an editor typed it (then it is no longer proposed again).
 * `reserved` slugs are taken by pages of the section (`/parks/compare`).
 *
 * Required: every published document has one (the hook makes it from the source field, which is
 * required too), so the portal reads `slug: string`. The check is the hook's, not a "required"
 * error in the admin: the field may be left empty, and drafts (whose columns may be empty) are saved
 * before their source field is filled in.
 */
export const slugFields = (
  sourceField = 'title',
  overrides: Partial<TextField> = {},
  reserved: string[] = [],
): [TextField, CheckboxField] => [
  {
    name: 'slug',
    type: 'text',
    required: true,
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
  } as TextField,
  {
    name: 'slugByHand',
    type: 'checkbox',
    defaultValue: false,
    localized: false,
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    custom: notInSpreadsheets,
  },
]
