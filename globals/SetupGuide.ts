import type { GlobalConfig } from 'payload'

import { reviewedTranslationsField, reviewPanelField } from '@/collections/shared'
import { globalDefaults } from '@/globals/shared'
import { text } from '@/i18n/admin'
import { setupRoutes } from '@/lib/schema/options'
import { validationMessage } from '@/lib/schema/validationMessages'

/**
 * 投资落户指南: how a firm sets up in Ganzhou, step by step, for each kind of investment (a new
 * company, a branch, a foreign-invested (e.g. Hong Kong) enterprise): the agency, the documents, the
 * online service, the typical working days and the fees of each step. The portal draws it as a
 * timeline with the total (app/(frontend)/[locale]/setup). A step stays marked as a sample until
 * staff untick it, having checked it with the agency. Drafts and review as every global.
 */
export const SetupGuide: GlobalConfig = {
  slug: 'setup-guide',
  label: text('setupGuide:label'),
  ...globalDefaults,
  admin: { group: text('siteSettings:site'), description: text('setupGuide:description') },
  fields: [
    { name: 'intro', type: 'textarea', label: text('setupGuide:intro'), localized: true, maxLength: 1000 },
    {
      name: 'steps',
      type: 'array',
      label: text('setupGuide:steps'),
      labels: { singular: text('setupGuide:step'), plural: text('setupGuide:steps') },
      maxRows: 40,
      admin: { description: text('setupGuide:stepsDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'title',
              type: 'text',
              label: text('setupGuide:title'),
              localized: true,
              required: true,
              admin: { width: '60%' },
            },
            {
              name: 'routes',
              type: 'select',
              hasMany: true,
              required: true,
              label: text('setupGuide:routes'),
              options: setupRoutes,
              admin: { width: '40%' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'agency', type: 'text', label: text('setupGuide:agency'), localized: true },
            {
              name: 'onlineService',
              type: 'text',
              label: text('setupGuide:onlineService'),
              admin: { placeholder: 'https://' },
              validate: (value: unknown, { req }: { req: Parameters<typeof validationMessage>[0] }) =>
                value == null || value === '' || (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value))
                  ? true
                  : validationMessage(req, 'invalidUrl'),
            },
          ],
        },
        {
          name: 'documents',
          type: 'textarea',
          label: text('setupGuide:documents'),
          localized: true,
          admin: { description: text('setupGuide:documentsDescription') },
        },
        {
          type: 'row',
          fields: [
            { name: 'daysMin', type: 'number', label: text('setupGuide:daysMin'), min: 0, max: 365 },
            { name: 'daysMax', type: 'number', label: text('setupGuide:daysMax'), min: 0, max: 365 },
            { name: 'fees', type: 'text', label: text('setupGuide:fees'), localized: true },
          ],
        },
        {
          name: 'sample',
          type: 'checkbox',
          label: text('setupGuide:sample'),
          defaultValue: true,
          admin: { description: text('setupGuide:sampleDescription') },
        },
      ],
    },
    reviewPanelField,
    reviewedTranslationsField,
  ],
}
