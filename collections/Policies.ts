import type { CollectionConfig, FieldHook } from 'payload'
import { date as validateDate } from 'payload/shared'

import { dayOnly } from '@/fields/dayOnly'
import { lastVerifiedField } from '@/fields/lastVerified'
import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import {
  benefitTypes,
  counties,
  firmOrigins,
  firmSizes,
  policyCategories,
  policyValidityOptions,
  projectTypes,
} from '@/lib/schema/options'
import { policyValidity } from '@/lib/schema/policyValidity'
import { validationMessage } from '@/lib/schema/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/**
 * An empty "only for" list is stored as null: MongoDB's `exists: false` (how the policy list finds
 * "no restriction") does not match an empty array.
 */
const noneAsNull: FieldHook = ({ value }) => (Array.isArray(value) && value.length === 0 ? null : value)

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
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              label: text('policies:benefitType'),
              options: benefitTypes,
              index: true,
              admin: { width: '30%' },
            },
            {
              name: 'text',
              type: 'text',
              label: text('policies:benefitText'),
              localized: true,
              required: true,
              admin: { width: '70%' },
            },
          ],
        },
      ],
    },
    {
      name: 'eligibility',
      type: 'group',
      label: text('policies:eligibility'),
      admin: { description: text('policies:eligibilityDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'firmSizes',
              type: 'select',
              hasMany: true,
              hooks: { beforeChange: [noneAsNull] },
              label: text('policies:firmSizes'),
              options: firmSizes,
            },
            {
              name: 'projectTypes',
              type: 'select',
              hasMany: true,
              hooks: { beforeChange: [noneAsNull] },
              label: text('policies:projectTypes'),
              options: projectTypes,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'minimumJobs', type: 'number', label: text('policies:minimumJobs'), min: 0 },
            { name: 'minimumRevenue', type: 'number', label: text('policies:minimumRevenueYuan'), min: 0 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'parks', type: 'relationship', relationTo: 'parks', hasMany: true, label: text('policies:parks') },
            {
              name: 'counties',
              type: 'select',
              hasMany: true,
              label: text('policies:counties'),
              options: counties,
              hooks: { beforeChange: [noneAsNull] },
            },
          ],
        },
      ],
    },
    { name: 'howToApply', type: 'textarea', label: text('policies:howToApply'), localized: true },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: text('policies:attachmentsPdf'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    ...slugFields('title'),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
