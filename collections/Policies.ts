import type { CollectionConfig } from 'payload'
import { date as validateDate } from 'payload/shared'

import { lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { l, options } from '@/lib/labels'
import { policyCategories, firmOrigins } from '@/lib/options'
import { policyValidity } from '@/lib/policyValidity'
import { validationMessage } from '@/lib/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const

export const Policies: CollectionConfig = {
  slug: 'policies',
  ...contentDefaults,
  labels: { singular: l('政策', 'Policy'), plural: l('政策清单', 'Policies') },
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
    group: l('内容', 'Content'),
    components: contentAdminComponents,
  },
  defaultSort: '-effectiveDate',
  fields: [
    { name: 'title', type: 'text', label: l('政策名称', 'Title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', type: 'text', label: l('文号', 'Document number'), index: true },
        { name: 'issuer', type: 'text', label: l('发文机关', 'Issuing authority'), localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', label: l('政策类别', 'Category'), options: policyCategories, index: true },
        {
          name: 'firmOrigin',
          type: 'select',
          hasMany: true,
          label: l('适用企业来源', 'Applicable firm origin'),
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
      label: l('适用产业', 'Applicable industries'),
    },
    {
      name: 'minimumInvestment',
      type: 'number',
      label: l('最低投资额（元）', 'Minimum investment (yuan)'),
      min: 0,
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveDate', type: 'date', label: l('生效日期', 'Effective date'), index: true, admin: dayOnly },
        {
          name: 'expiryDate',
          type: 'date',
          label: l('失效日期', 'Expiry date'),
          index: true,
          admin: { ...dayOnly, description: l('长期有效则留空。', 'Leave empty if open-ended.') },
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
      label: l('效力状态', 'Status'),
      options: options({
        in_force: ['有效', 'In force'],
        not_yet: ['尚未生效', 'Not yet in force'],
        expired: ['已失效', 'Expired'],
      }),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: l('由生效和失效日期自动得出。', 'Derived from the dates.'),
      },
      hooks: {
        afterRead: [({ siblingData }) => policyValidity(siblingData as Parameters<typeof policyValidity>[0])],
      },
    },
    { name: 'summary', type: 'textarea', label: l('摘要', 'Summary'), localized: true },
    { name: 'body', type: 'richText', label: l('政策全文', 'Full text'), localized: true },
    {
      name: 'benefits',
      type: 'array',
      label: l('政策红利', 'Benefits'),
      labels: { singular: l('条目', 'Benefit'), plural: l('条目', 'Benefits') },
      fields: [{ name: 'text', type: 'text', label: l('内容', 'Text'), localized: true, required: true }],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: l('附件（PDF）', 'Attachments (PDF)'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    slugField('title'),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
