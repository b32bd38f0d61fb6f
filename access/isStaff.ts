import type { Access } from 'payload'

import { roles } from './roles'

/** Any signed-in staff member with at least one role (admin, editor or reviewer). */
export const isStaff: Access = ({ req: { user } }) => Boolean(user?.roles?.some((role) => roles.includes(role)))
