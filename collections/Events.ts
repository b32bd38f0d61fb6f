import type { CollectionConfig, DateField, TextFieldSingleValidation } from 'payload'
import { date as validateDate, text as validateText } from 'payload/shared'

import { slugField } from '@/fields/slug'
import { l, options } from '@/lib/labels'
import { eventTypes } from '@/lib/options'
import { validationMessage } from '@/lib/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const EVENT_TIME_ZONE = 'Asia/Shanghai'

/** Stored in UTC; entered and shown in Beijing time. */
const eventTime = (overrides: Partial<DateField>): DateField =>
  ({
    type: 'date',
    index: true,
    timezone: {
      defaultTimezone: EVENT_TIME_ZONE,
      supportedTimezones: [{ label: '北京时间 (Asia/Shanghai)', value: EVENT_TIME_ZONE }],
    },
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' } },
    ...overrides,
  }) as DateField

export const Events: CollectionConfig = {
  slug: 'events',
  ...contentDefaults,
  labels: { singular: l('活动', 'Event'), plural: l('招商活动', 'Events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startsAt', 'city', 'translationState', '_status'],
    group: l('内容', 'Content'),
    components: contentAdminComponents,
  },
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', type: 'text', label: l('活动名称', 'Title'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', label: l('活动类型', 'Type'), options: eventTypes, index: true },
        eventTime({ name: 'startsAt', label: l('开始时间', 'Starts'), required: true }),
        eventTime({
          name: 'endsAt',
          label: l('结束时间', 'Ends'),
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
      type: 'row',
      fields: [
        { name: 'city', type: 'text', label: l('城市', 'City'), localized: true },
        { name: 'venue', type: 'text', label: l('地点', 'Venue'), localized: true },
        { name: 'organiser', type: 'text', label: l('主办单位', 'Organiser'), localized: true },
      ],
    },
    { name: 'summary', type: 'textarea', label: l('摘要', 'Summary'), localized: true },
    { name: 'body', type: 'richText', label: l('活动详情', 'Details'), localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media', label: l('封面图', 'Cover image') },
    {
      name: 'registration',
      type: 'group',
      label: l('报名', 'Registration'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              label: l('报名状态', 'Status'),
              defaultValue: 'closed',
              options: options({ open: ['报名中', 'Open'], closed: ['已截止', 'Closed'] }),
            },
            {
              name: 'method',
              type: 'select',
              label: l('报名方式', 'Method'),
              defaultValue: 'builtin',
              options: options({ builtin: ['本站报名', 'On this portal'], link: ['外部链接', 'External link'] }),
            },
            { name: 'capacity', type: 'number', label: l('名额', 'Capacity'), min: 0 },
          ],
        },
        eventTime({
          name: 'deadline',
          label: l('报名截止', 'Deadline'),
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
          label: l('报名链接', 'Registration link'),
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
      name: 'relatedParks',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: l('相关园区', 'Related parks'),
    },
    slugField('title'),
    ...editorialFields,
  ],
}
