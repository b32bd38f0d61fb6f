import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  ValidationError,
} from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { roles } from '@/access/roles'
import type { User } from '@/payload-types'
import { l, options } from '@/lib/labels'
import { validationMessage } from '@/lib/validationMessages'

/** Shortest password accepted for a staff account. */
export const MIN_PASSWORD_LENGTH = 10

const roleLabels: Record<(typeof roles)[number], readonly [string, string]> = {
  admin: ['管理员', 'Administrator'],
  editor: ['编辑', 'Editor'],
  reviewer: ['审核人', 'Reviewer'],
}

/** The first account ever created (the admin's "create first user" screen) is an administrator. */
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

const strongEnoughPassword: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      { errors: [{ message: validationMessage(req, 'passwordTooShort'), path: 'password' }] },
      req.t,
    )
  }
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('用户', 'User'), plural: l('用户', 'Users') },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    unlock: isAdmin,
    update: adminOrSelf,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: l('系统', 'System') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: process.env.NODE_ENV === 'production' },
  },
  hooks: { beforeValidate: [strongEnoughPassword], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: l('姓名', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: l('角色', 'Roles'),
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: options(roleLabels),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
