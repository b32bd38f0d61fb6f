import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isStaff } from '@/access/staff'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { roles } from '@/access/roles'
import type { User } from '@/payload-types'
import { clearLoginFailures, throttleLogin } from '@/hooks/loginThrottle'
import { text } from '@/i18n/admin'
import { validationMessage } from '@/lib/schema/validationMessages'

/** Shortest password accepted for a staff account. */
const MIN_PASSWORD_LENGTH = 10

/** The first account ever created (the admin's "create first user" screen) is an administrator. */
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

function checkPassword(password: unknown, req: PayloadRequest) {
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      { errors: [{ message: validationMessage(req, 'passwordTooShort'), path: 'password' }] },
      req.t,
    )
  }
}

/** Create, update and the first registration (which creates): the password rule. */
const strongEnoughPassword: CollectionBeforeValidateHook = ({ data, req }) => {
  checkPassword((data as { password?: unknown } | undefined)?.password, req)
  return data
}

/** A password reset sets the password without validation hooks: the same rule, before it. */
const strongEnoughResetPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') checkPassword((args as { data?: { password?: unknown } }).data?.password, req)
  return args
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: text('users:user'), plural: text('users:users') },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    delete: isAdmin,
    // Colleagues see each other's name, address and roles (who wrote, who answers a lead); each
    // one's sessions stay theirs (Payload's own field rule), and only an admin changes another account.
    read: isStaff,
    unlock: isAdmin,
    update: adminOrSelf,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: text('users:system') },
  auth: {
    // No lockout for everyone after a few wrong passwords: failures are throttled per address
    // instead (hooks/loginThrottle.ts), so nobody can lock staff out.
    maxLoginAttempts: 0,
    cookies: { secure: process.env.NODE_ENV === 'production' },
  },
  hooks: {
    afterLogin: [clearLoginFailures],
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleLogin, strongEnoughResetPassword],
    beforeValidate: [strongEnoughPassword],
  },
  fields: [
    { name: 'name', type: 'text', label: text('users:name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: text('users:roles'),
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: text(`options:roles:${value}`) })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
