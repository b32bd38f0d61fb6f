import type { Access } from 'payload'

import type { User } from '@/payload-types'

import { hasRole, roles } from './roles'

/** Any member of staff: a logged-in user with at least one role. */
export const isStaffUser = (user: Pick<User, 'roles'> | null | undefined): boolean =>
  roles.some((role) => hasRole(user, role))

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
