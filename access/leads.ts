import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff, isStaffUser } from './staff'

const nobody = () => false

/**
 * Leads (enquiries, event registrations): nobody creates them through the API — only the portal's
 * form code path, after its checks; staff read them and work on them; only an administrator
 * deletes one; no versions.
 */
export const leadAccess = {
  admin: ({ req: { user } }) => isStaffUser(user),
  create: nobody,
  read: isStaff,
  update: isStaff,
  delete: isAdmin,
  readVersions: nobody,
} satisfies CollectionConfig['access']

/** A field of a lead that records what was sent or done: staff read it, nobody edits it. */
export const readOnlyForStaff: { create: FieldAccess; update: FieldAccess } = { create: nobody, update: nobody }

/** The request context key under which the portal's status page looks up one enquiry (lib/enquiries/status.ts). */
export const STATUS_LOOKUP = 'enquiryStatusLookup'

/**
 * Enquiries: as every lead, and besides, the enquirer's status look-up: a read without a user that
 * the portal's own code marks with `context[STATUS_LOOKUP]` (a client cannot set a request's context
 * over HTTP) may read the one enquiry of that reference — its stage, date and address, which the
 * look-up then compares (the fields it selects).
 */
export const enquiryAccess = {
  ...leadAccess,
  read: (args) => {
    const reference = args.req.context?.[STATUS_LOOKUP]
    if (!args.req.user && typeof reference === 'string' && reference) return { reference: { equals: reference } }
    return isStaff(args)
  },
} satisfies CollectionConfig['access'] & { read: Access }
