import type { CollectionConfig, FieldAccess } from 'payload'

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
