import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/staff'
import { text } from '@/i18n/admin'
import { DEFAULT_REPLY_DAYS } from '@/lib/calendar'
import { validationMessage } from '@/lib/schema/validationMessages'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The days that are not as the weekday says: public holidays, and weekend days made working days
 * (调休), as the State Council's notice lists them each year. Deadlines and reminders count working
 * days with it (lib/workdays.ts). Administrators enter each year's notice; it is data, not code.
 */
export const WorkingCalendar: GlobalConfig = {
  slug: 'working-calendar',
  label: text('calendar:label'),
  access: { read: isStaff, update: isAdmin },
  admin: { group: text('users:system'), description: text('calendar:description') },
  fields: [
    {
      name: 'enquiryReplyDays',
      type: 'number',
      label: text('calendar:replyDays'),
      min: 1,
      max: 30,
      defaultValue: DEFAULT_REPLY_DAYS,
      admin: { description: text('calendar:replyDaysDescription'), step: 1 },
    },
    {
      name: 'days',
      type: 'array',
      label: text('calendar:days'),
      labels: { singular: text('calendar:day'), plural: text('calendar:days') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'text',
              label: text('calendar:date'),
              required: true,
              admin: { placeholder: '2026-10-01', width: '30%' },
              validate: (value: unknown, { req }: { req: Parameters<typeof validationMessage>[0] }) =>
                typeof value === 'string' &&
                DAY.test(value) &&
                new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
                  ? true
                  : validationMessage(req, 'invalidDay'),
            },
            {
              name: 'kind',
              type: 'select',
              label: text('calendar:kind'),
              required: true,
              defaultValue: 'holiday',
              options: [
                { value: 'holiday', label: text('calendar:holiday') },
                { value: 'workday', label: text('calendar:workday') },
              ],
              admin: { width: '30%' },
            },
            { name: 'name', type: 'text', label: text('calendar:name'), admin: { width: '40%' } },
          ],
        },
      ],
    },
  ],
}
