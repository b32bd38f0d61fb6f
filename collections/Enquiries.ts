import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff, isStaffUser } from '@/access/staff'
import { localeNames, locales } from '@/i18n/locales'
import { enquiryCsvEndpoint, submitEnquiryEndpoint } from '@/lib/enquiries/endpoints'
import { ENQUIRY_MAX, ENQUIRY_SUBJECTS } from '@/lib/enquiries/fields'
import { l, options } from '@/lib/labels'
import { enquiryStatuses, investmentRanges, premisesNeeds } from '@/lib/options'

const nobody = () => false
const readOnlyForStaff = { create: nobody, update: nobody }

/** Sort order of the pipeline: new first, then the stages in order, finished ones last. */
export const STATUS_RANK: Record<string, number> = Object.fromEntries(enquiryStatuses.map((o, i) => [o.value, i]))

const trackStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'new'
  const next: Record<string, unknown> = { ...data, statusRank: STATUS_RANK[status] ?? 0 }
  if (status !== 'new' && !originalDoc?.contactedAt && !data.contactedAt) next.contactedAt = new Date().toISOString()
  // A note added in the admin is signed by whoever added it.
  if (Array.isArray(data.notes) && req.user) {
    next.notes = data.notes.map((note: { author?: unknown; date?: string }) => ({
      ...note,
      author: note.author ?? req.user!.id,
      date: note.date ?? new Date().toISOString(),
    }))
  }
  return next
}

/**
 * Investor enquiries: the lead pipeline. Nobody creates them through the API — only the portal's
 * form (server action or POST /api/enquiries/submit) stores them, after its checks. Staff read and
 * work on them; only an administrator deletes one.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: l('投资咨询', 'Enquiry'), plural: l('投资咨询', 'Enquiries') },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    create: nobody,
    read: isStaff,
    update: isStaff,
    delete: isAdmin,
    readVersions: nobody,
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'company', 'status', 'followUpDate', 'subjectTitle', 'assignee', 'createdAt'],
    listSearchableFields: ['reference', 'company', 'contactName', 'email', 'phone'],
    group: l('招商线索', 'Leads'),
    description: l(
      '门户网站表单提交的投资咨询。新询盘和逾期跟进的排在前面。',
      'Enquiries sent through the portal. New ones and overdue follow-ups come first.',
    ),
    components: {
      beforeListTable: ['@/components/admin/EnquiryExport#EnquiryExport'],
    },
  },
  // New first, then by stage; within a stage the earliest follow-up date (the overdue ones) first.
  defaultSort: ['statusRank', 'followUpDate', '-createdAt'],
  endpoints: [submitEnquiryEndpoint, enquiryCsvEndpoint],
  hooks: { beforeChange: [trackStatus] },
  timestamps: true,
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: l('咨询编号', 'Reference'),
      required: true,
      unique: true,
      index: true,
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: l('状态', 'Status'),
          required: true,
          defaultValue: 'new',
          index: true,
          options: enquiryStatuses,
        },
        { name: 'assignee', type: 'relationship', relationTo: 'users', label: l('负责人', 'Assignee') },
        {
          name: 'followUpDate',
          type: 'date',
          label: l('下次跟进日期', 'Follow-up date'),
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
      ],
    },
    {
      type: 'collapsible',
      label: l('企业与联系人', 'Company and contact'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'company',
              type: 'text',
              label: l('企业名称', 'Company'),
              required: true,
              maxLength: ENQUIRY_MAX.company,
            },
            {
              name: 'contactName',
              type: 'text',
              label: l('联系人', 'Contact person'),
              required: true,
              maxLength: ENQUIRY_MAX.contactName,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: l('电话', 'Phone'), maxLength: ENQUIRY_MAX.phone },
            // Text, not Payload's email type: what the investor typed is kept as typed.
            { name: 'email', type: 'text', label: l('邮箱', 'Email'), maxLength: ENQUIRY_MAX.email },
            {
              name: 'preferredLanguage',
              type: 'select',
              label: l('联系语言', 'Preferred language'),
              options: locales.map((code) => ({ value: code, label: localeNames[code] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'origin', type: 'text', label: l('企业所在地', 'Origin'), maxLength: ENQUIRY_MAX.origin },
            { name: 'industry', type: 'relationship', relationTo: 'industries', label: l('所属产业', 'Industry') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'investment',
              type: 'select',
              label: l('计划投资额', 'Planned investment'),
              options: investmentRanges,
            },
            {
              name: 'premises',
              type: 'select',
              label: l('用地或厂房需求', 'Land or premises'),
              options: premisesNeeds,
            },
          ],
        },
        { name: 'message', type: 'textarea', label: l('咨询内容', 'Message'), maxLength: ENQUIRY_MAX.message },
        {
          name: 'consent',
          type: 'checkbox',
          label: l('同意被联系', 'Consents to be contacted'),
          access: readOnlyForStaff,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'notes',
      type: 'array',
      label: l('跟进记录', 'Follow-up notes'),
      labels: { singular: l('记录', 'Note'), plural: l('跟进记录', 'Notes') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              label: l('日期', 'Date'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'author',
              type: 'relationship',
              relationTo: 'users',
              label: l('记录人', 'Author'),
              admin: { readOnly: true },
            },
          ],
        },
        { name: 'text', type: 'textarea', label: l('内容', 'Note'), required: true, maxLength: 4000 },
      ],
    },
    {
      name: 'subject',
      type: 'relationship',
      relationTo: [...ENQUIRY_SUBJECTS],
      label: l('咨询对象', 'About'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'subjectTitle',
      type: 'text',
      label: l('咨询对象名称（提交时）', 'About (title when sent)'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sourcePage',
      type: 'text',
      label: l('来源页面', 'Source page'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'locale',
      type: 'select',
      label: l('提交语言', 'Form language'),
      options: locales.map((code) => ({ value: code, label: localeNames[code] })),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'contactedAt',
      type: 'date',
      label: l('首次联系时间', 'First contacted'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'notification',
      type: 'select',
      label: l('邮件通知', 'Email notification'),
      defaultValue: 'pending',
      options: options({
        pending: ['发送中', 'Sending'],
        sent: ['已发送', 'Sent'],
        failed: ['发送失败', 'Failed'],
      }),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'statusRank', type: 'number', index: true, admin: { hidden: true } },
    // For the rate limit: a keyed hash of the sender's IP address, never the address itself.
    { name: 'ipHash', type: 'text', index: true, hidden: true },
  ],
}
