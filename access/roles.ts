import type { User } from '@/payload-types'

/** The staff roles, defined once. The editing workflow (issue 4) builds its rules on these. */
export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

export const hasRole = (user: Pick<User, 'roles'> | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))
