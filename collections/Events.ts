import type { CollectionAfterChangeHook, CollectionConfig, DateField, TextFieldSingleValidation } from 'payload'
import { date as validateDate, text as validateText } from 'payload/shared'

import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { TIME_ZONE } from '@/i18n/locales'
import { promoteLater } from '@/lib/registrations/waitlist'
import { adminOptions, eventTypes } from '@/lib/schema/options'
import { validationMessage } from '@/lib/schema/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/** Stored in UTC; entered and shown in Beijing time. */
const eventTime = (overrides: Partial<DateField>): DateField =>
  ({
    type: 'date',
    index: true,
    timezone: {
      defaultTimezone: TIME_ZONE,
      supportedTimezones: [{ label: '北京时间 (Asia/Shanghai)', value: TIME_ZONE }],
    },
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' } },
    ...overrides,
  }) as DateField

/** More places (or no limit any more): they go to the waiting list. */
const capacityRaised: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req }) => {
  const before = previousDoc?.registration?.capacity
  const after = doc.registration?.capacity
  if (operation === 'update' && before != null && (after == null || after > before)) promoteLater(req.payload, doc.id)
  return doc
}

export const Events: CollectionConfig = {
  slug: 'events',
  ...contentDefaults,
  hooks: { ...contentDefaults.hooks, afterChange: [...contentDefaults.hooks.afterChange, capacityRaised] },
  labels: { singular: text('events:event'), plural: text('events:events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startsAt', 'city', 'translationState', '_status'],
    group: text('events:content'),
    components: contentAdminComponents,
  },
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', type: 'text', label: text('events:title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', label: text('events:type'), options: eventTypes, index: true },
        eventTime({ name: 'startsAt', label: text('events:starts'), required: true }),
        eventTime({
          name: 'endsAt',
          label: text('events:ends'),
          validate: (value, args) => {
            const startsAt = (args.siblingData as { startsAt?: string | null }).startsAt
            if (value && startsAt && new Date(value) < new Date(startsAt)) {
              return validationMessage(args.req, 'endBeforeStart')
            }
            return validateDate(value, args)
          },
        }),
      ],
    },
    {
      // The source gives the day only: the portal then shows no time, and the calendar file is all-day.
      name: 'dateOnly',
      type: 'checkbox',
      label: text('events:dateOnly'),
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', label: text('events:city'), localized: true },
        { name: 'venue', type: 'text', label: text('events:venue'), localized: true },
        { name: 'organiser', type: 'text', label: text('events:organiser'), localized: true },
      ],
    },
    { name: 'summary', type: 'textarea', label: text('events:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('events:details'), localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media', label: text('events:coverImage') },
    {
      name: 'registration',
      type: 'group',
      label: text('events:registration'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              label: text('events:status'),
              defaultValue: 'closed',
              options: adminOptions('registrationStatus'),
            },
            {
              name: 'method',
              type: 'select',
              label: text('events:method'),
              defaultValue: 'builtin',
              options: adminOptions('registrationMethod'),
            },
            { name: 'capacity', type: 'number', label: text('events:capacity'), min: 0 },
          ],
        },
        eventTime({
          name: 'deadline',
          label: text('events:deadline'),
          validate: (value, args) => {
            const startsAt = (args.data as { startsAt?: string | null }).startsAt
            if (value && startsAt && new Date(value) > new Date(startsAt)) {
              return validationMessage(args.req, 'deadlineAfterStart')
            }
            return validateDate(value, args)
          },
        }),
        {
          name: 'url',
          type: 'text',
          label: text('events:registrationLink'),
          admin: { condition: (_, sibling) => sibling?.method === 'link' },
          validate: ((value, args) => {
            const sibling = args.siblingData as { method?: string; status?: string }
            if (value && !/^https?:\/\/\S+$/.test(value)) return validationMessage(args.req, 'invalidUrl')
            if (!value && sibling.method === 'link' && sibling.status === 'open') {
              return validationMessage(args.req, 'registrationLinkRequired')
            }
            return validateText(value, args)
          }) satisfies TextFieldSingleValidation,
        },
      ],
    },
    {
      name: 'registrationSummary',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => data?.registration?.method === 'builtin',
        components: { Field: '@/components/admin/RegistrationSummary#RegistrationSummary' },
      },
    },
    {
      name: 'relatedParks',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: text('events:relatedParks'),
    },
    ...slugFields('title'),
    ...editorialFields,
  ],
}
