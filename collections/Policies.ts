import type { CollectionConfig } from 'payload'
import { date as validateDate } from 'payload/shared'

import { lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { firmOrigins, policyCategories, policyValidityOptions } from '@/lib/schema/options'
import { policyValidity } from '@/lib/schema/policyValidity'
import { validationMessage } from '@/lib/schema/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const

export const Policies: CollectionConfig = {
  slug: 'policies',
  ...contentDefaults,
  labels: { singular: text('policies:policy'), plural: text('policies:policies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'documentNumber',
      'category',
      'effectiveDate',
      'lastVerified',
      'translationState',
      '_status',
    ],
    group: text('policies:content'),
    components: contentAdminComponents,
  },
  defaultSort: '-effectiveDate',
  fields: [
    { name: 'title', type: 'text', label: text('policies:title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', type: 'text', label: text('policies:documentNumber'), index: true },
        { name: 'issuer', type: 'text', label: text('policies:issuingAuthority'), localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', label: text('policies:category'), options: policyCategories, index: true },
        {
          name: 'firmOrigin',
          type: 'select',
          hasMany: true,
          label: text('policies:applicableFirmOrigin'),
          options: firmOrigins,
          defaultValue: ['any'],
        },
      ],
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: text('policies:applicableIndustries'),
    },
    {
      name: 'minimumInvestment',
      type: 'number',
      label: text('policies:minimumInvestmentYuan'),
      min: 0,
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveDate', type: 'date', label: text('policies:effectiveDate'), index: true, admin: dayOnly },
        {
          name: 'expiryDate',
          type: 'date',
          label: text('policies:expiryDate'),
          index: true,
          admin: { ...dayOnly, description: text('policies:leaveEmptyIfOpenEnded') },
          validate: (value, args) => {
            const { req, siblingData } = args
            const effective = (siblingData as { effectiveDate?: string | null }).effectiveDate
            if (value && effective && new Date(value) < new Date(effective)) {
              return validationMessage(req, 'expiryBeforeEffective')
            }
            return validateDate(value, args)
          },
        },
      ],
    },
    {
      name: 'validity',
      type: 'select',
      virtual: true,
      label: text('policies:status'),
      options: policyValidityOptions,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: text('policies:derivedFromTheDates'),
      },
      hooks: {
        afterRead: [({ siblingData }) => policyValidity(siblingData as Parameters<typeof policyValidity>[0])],
      },
    },
    { name: 'summary', type: 'textarea', label: text('policies:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('policies:fullText'), localized: true },
    {
      name: 'benefits',
      type: 'array',
      label: text('policies:benefits'),
      labels: { singular: text('policies:benefit'), plural: text('policies:benefits2') },
      fields: [{ name: 'text', type: 'text', label: text('policies:text'), localized: true, required: true }],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: text('policies:attachmentsPdf'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    slugField('title'),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
