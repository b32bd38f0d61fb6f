import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  ValidationError,
} from 'payload'

import { leadAccess, readOnlyForStaff } from '@/access/leads'
import { adminT, text } from '@/i18n/admin'
import { localeNames, locales } from '@/i18n/locales'
import { registrationCsvEndpoint, submitRegistrationEndpoint } from '@/lib/registrations/endpoints'
import { MAX_ATTENDEES, REGISTRATION_MAX } from '@/lib/forms/constants'
import { releaseSeats, seatsTaken, takeSeats } from '@/lib/registrations/seats'
import { promoteLater } from '@/lib/registrations/waitlist'
import { adminOptions, registrationStates } from '@/lib/schema/options'

/**
 * A change of status made by staff moves places: confirming a waiting-list entry takes its places
 * (refused, in the editor's language, when they are gone); cancelling or moving a confirmed entry
 * back gives them up; checking in is stamped with the time. The portal's own sign-up and cancel
 * code take and give places themselves and say so in `context.seatsHandled`.
 */
const moveSeats: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const next = { ...data }
  if (data.checkedIn && !originalDoc?.checkedIn) next.checkedInAt = new Date().toISOString()
  if (data.checkedIn === false) next.checkedInAt = null
  if (operation !== 'update' || context.seatsHandled || !originalDoc) return next
  const before = originalDoc.status as string
  const after = (data.status ?? before) as string
  if (before === after) return next
  const eventId = typeof originalDoc.event === 'object' ? originalDoc.event.id : originalDoc.event
  const seats = Number(originalDoc.attendees ?? 1)
  if (after === 'confirmed') {
    const event = await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req })
    const capacity = event.registration?.capacity
    if (!(await takeSeats(req.payload, eventId, seats, capacity))) {
      const taken = await seatsTaken(req.payload, eventId)
      throw new ValidationError(
        {
          errors: [
            {
              message: adminT(req.t)('registrations:full', { taken, capacity: capacity ?? '∞' }),
              path: 'status',
            },
          ],
        },
        req.t,
      )
    }
  } else if (before === 'confirmed') {
    await releaseSeats(req.payload, eventId, seats)
  }
  return next
}

/** Places a member of staff freed (a confirmed registration cancelled or moved back) go to the waiting list. */
const moveWaitingListUp: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context.seatsHandled || previousDoc?.status !== 'confirmed') return doc
  if (doc.status === 'confirmed') return doc
  promoteLater(req.payload, typeof doc.event === 'object' ? doc.event.id : doc.event)
  return doc
}

/**
 * Sign-ups for events held on this portal (events whose registration method is "on this site").
 * Like enquiries: nobody creates them through the API — only the portal's form code path, after its
 * checks; staff read them, promote from the waiting list and check people in; only an
 * administrator deletes one.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: text('registrations:registration'), plural: text('registrations:registrations') },
  access: leadAccess,
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'event', 'name', 'company', 'attendees', 'status', 'checkedIn', 'createdAt'],
    listSearchableFields: ['reference', 'name', 'company', 'email', 'phone'],
    group: text('enquiries:leads'),
    components: { beforeListTable: ['@/components/admin/RegistrationExport#RegistrationExport'] },
  },
  defaultSort: '-createdAt',
  endpoints: [submitRegistrationEndpoint, registrationCsvEndpoint],
  hooks: { beforeChange: [moveSeats], afterChange: [moveWaitingListUp] },
  timestamps: true,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          label: text('registrations:reference'),
          required: true,
          unique: true,
          index: true,
          access: readOnlyForStaff,
          admin: { readOnly: true },
        },
        {
          name: 'event',
          type: 'relationship',
          relationTo: 'events',
          label: text('registrations:event'),
          required: true,
          index: true,
          access: readOnlyForStaff,
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          label: text('registrations:status'),
          options: registrationStates,
          defaultValue: 'confirmed',
          required: true,
          index: true,
          admin: { description: text('registrations:statusDescription') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: text('registrations:name'),
          required: true,
          maxLength: REGISTRATION_MAX.name,
        },
        {
          name: 'company',
          type: 'text',
          label: text('registrations:company'),
          required: true,
          maxLength: REGISTRATION_MAX.company,
        },
        {
          name: 'jobTitle',
          type: 'text',
          label: text('registrations:jobTitle'),
          maxLength: REGISTRATION_MAX.jobTitle,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: text('registrations:phone'), maxLength: REGISTRATION_MAX.phone },
        { name: 'email', type: 'text', label: text('registrations:email'), maxLength: REGISTRATION_MAX.email },
        {
          name: 'attendees',
          type: 'number',
          label: text('registrations:attendees'),
          min: 1,
          max: MAX_ATTENDEES,
          defaultValue: 1,
          required: true,
          access: readOnlyForStaff,
          admin: { readOnly: true },
        },
        {
          name: 'language',
          type: 'select',
          label: text('registrations:language'),
          options: locales.map((code) => ({ value: code, label: localeNames[code] })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'checkedIn',
          type: 'checkbox',
          label: text('registrations:checkedIn'),
          defaultValue: false,
          index: true,
        },
        {
          name: 'checkedInAt',
          type: 'date',
          label: text('registrations:checkedInAt'),
          access: readOnlyForStaff,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
        },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: text('registrations:consent'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'confirmation',
      type: 'select',
      label: text('registrations:confirmation'),
      defaultValue: 'pending',
      options: adminOptions('notification'),
      access: readOnlyForStaff,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'locale', type: 'select', options: [...locales], admin: { hidden: true } },
    // The cancel link's secret, hashed: the link itself is only in the registrant's email.
    { name: 'cancelHash', type: 'text', hidden: true },
    { name: 'ipHash', type: 'text', index: true, hidden: true },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: text('enquiries:anonymisedAt'),
      index: true,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.anonymisedAt) },
    },
  ],
}
