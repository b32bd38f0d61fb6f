import type { CollectionConfig } from 'payload'

import { dayOnly } from '@/fields/dayOnly'
import { enquiryAccess, readOnlyForStaff } from '@/access/leads'
import { localeNames, locales } from '@/i18n/locales'
import { enquiryCsvEndpoint, submitEnquiryEndpoint } from '@/lib/enquiries/endpoints'
import { trackStatus } from '@/lib/enquiries/track'
import { ENQUIRY_MAX } from '@/lib/forms/constants'
import { enquirySections } from '@/lib/sections'
import { text } from '@/i18n/admin'
import {
  adminOptions,
  aftercareCategories,
  enquiryStatuses,
  investmentRanges,
  premisesNeeds,
} from '@/lib/schema/options'

/**
 * Investor enquiries: the lead pipeline. Nobody creates them through the API — only the portal's
 * form (server action or POST /api/enquiries/submit) stores them, after its checks. Staff read and
 * work on them; only an administrator deletes one.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: text('enquiries:enquiry'), plural: text('enquiries:enquiries') },
  access: enquiryAccess,
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'company', 'kind', 'status', 'overdue', 'dueAt', 'team', 'assignee', 'createdAt'],
    listSearchableFields: ['reference', 'company', 'contactName', 'email', 'phone'],
    group: text('enquiries:leads'),
    description: text('enquiries:enquiriesSentThroughThePortal'),
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
      label: text('enquiries:reference'),
      required: true,
      unique: true,
      index: true,
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // An investor's enquiry before investing, or an invested firm's aftercare request (/{locale}/aftercare).
      name: 'kind',
      type: 'select',
      label: text('enquiries:kind'),
      defaultValue: 'investment',
      index: true,
      options: [
        { value: 'investment', label: text('enquiries:kindInvestment') },
        { value: 'aftercare', label: text('enquiries:kindAftercare') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'aftercareCategory',
      type: 'select',
      label: text('enquiries:aftercareCategory'),
      index: true,
      options: aftercareCategories,
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'aftercare' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: text('enquiries:status'),
          required: true,
          defaultValue: 'new',
          index: true,
          options: enquiryStatuses,
        },
        { name: 'assignee', type: 'relationship', relationTo: 'users', label: text('enquiries:assignee') },
        {
          name: 'followUpDate',
          type: 'date',
          label: text('enquiries:followUpDate'),
          index: true,
          admin: dayOnly,
        },
      ],
    },
    // Who answers and by when (lib/enquiries/routing.ts): set on arrival, overdue marked by a job.
    {
      type: 'row',
      fields: [
        { name: 'team', type: 'relationship', relationTo: 'teams', index: true, label: text('enquiries:team') },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          label: text('enquiries:dueAt'),
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: text('enquiries:dueAtDescription') },
        },
        {
          name: 'overdue',
          type: 'checkbox',
          index: true,
          label: text('enquiries:overdue'),
          admin: { readOnly: true, components: { Cell: '@/components/admin/OverdueCell#OverdueCell' } },
        },
      ],
    },
    // When the team lead was last mailed about it (lib/enquiries/overdue.ts).
    { name: 'overdueMailedAt', type: 'date', admin: { hidden: true } },
    {
      type: 'collapsible',
      label: text('enquiries:companyAndContact'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'company',
              type: 'text',
              label: text('enquiries:company'),
              required: true,
              maxLength: ENQUIRY_MAX.company,
            },
            {
              name: 'contactName',
              type: 'text',
              label: text('enquiries:contactPerson'),
              required: true,
              maxLength: ENQUIRY_MAX.contactName,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: text('enquiries:phone'), maxLength: ENQUIRY_MAX.phone },
            // Text, not Payload's email type: what the investor typed is kept as typed.
            { name: 'email', type: 'text', label: text('enquiries:email'), maxLength: ENQUIRY_MAX.email },
            {
              name: 'preferredLanguage',
              type: 'select',
              label: text('enquiries:preferredLanguage'),
              options: locales.map((code) => ({ value: code, label: localeNames[code] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'origin', type: 'text', label: text('enquiries:origin'), maxLength: ENQUIRY_MAX.origin },
            { name: 'industry', type: 'relationship', relationTo: 'industries', label: text('enquiries:industry') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'investment',
              type: 'select',
              label: text('enquiries:plannedInvestment'),
              options: investmentRanges,
            },
            {
              name: 'premises',
              type: 'select',
              label: text('enquiries:landOrPremises'),
              options: premisesNeeds,
            },
          ],
        },
        { name: 'message', type: 'textarea', label: text('enquiries:message'), maxLength: ENQUIRY_MAX.message },
        {
          name: 'consent',
          type: 'checkbox',
          label: text('enquiries:consentsToBeContacted'),
          access: readOnlyForStaff,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'notes',
      type: 'array',
      label: text('enquiries:followUpNotes'),
      labels: { singular: text('enquiries:note'), plural: text('enquiries:notes') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              label: text('enquiries:date'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'author',
              type: 'relationship',
              relationTo: 'users',
              label: text('enquiries:author'),
              admin: { readOnly: true },
            },
          ],
        },
        { name: 'text', type: 'textarea', label: text('enquiries:note2'), required: true, maxLength: 4000 },
      ],
    },
    {
      name: 'subject',
      type: 'relationship',
      relationTo: enquirySections,
      label: text('enquiries:about'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'subjectTitle',
      type: 'text',
      label: text('enquiries:aboutTitleWhenSent'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sourcePage',
      type: 'text',
      label: text('enquiries:sourcePage'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'locale',
      type: 'select',
      label: text('enquiries:formLanguage'),
      options: locales.map((code) => ({ value: code, label: localeNames[code] })),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'contactedAt',
      type: 'date',
      label: text('enquiries:firstContacted'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'notification',
      type: 'select',
      label: text('enquiries:emailNotification'),
      defaultValue: 'pending',
      options: adminOptions('notification'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'statusRank', type: 'number', index: true, admin: { hidden: true } },
    // For the rate limit: a keyed hash of the sender's IP address, never the address itself.
    { name: 'ipHash', type: 'text', index: true, hidden: true },
    {
      // Set by the daily retention job (lib/enquiries/retention.ts) when it removed the personal details.
      name: 'anonymisedAt',
      type: 'date',
      label: text('enquiries:anonymisedAt'),
      index: true,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.anonymisedAt) },
    },
  ],
}
