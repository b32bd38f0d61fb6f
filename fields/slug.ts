import type { TextField, TextFieldSingleValidation } from 'payload'

import { l } from '@/lib/labels'
import { SLUG_PATTERN } from '@/lib/slug'
import { validationMessage } from '@/lib/validationMessages'
import { generateSlug } from '@/hooks/generateSlug'

/** One ASCII slug shared by both locales, unique in its collection, made from `sourceField`. */
export const slugField = (sourceField = 'title', overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: l('网址别名', 'Slug'),
    index: true,
    unique: true,
    localized: false,
    admin: {
      position: 'sidebar',
      description: l(
        '留空则由英文标题或中文标题的拼音自动生成；两种语言共用。',
        'Leave empty to generate it from the English title or the pinyin of the Chinese one; shared by both languages.',
      ),
    },
    hooks: { beforeValidate: [generateSlug(sourceField)] },
    validate: ((value, { req }) =>
      !value || SLUG_PATTERN.test(value) || validationMessage(req, 'invalidSlug')) satisfies TextFieldSingleValidation,
    ...overrides,
  }) as TextField
