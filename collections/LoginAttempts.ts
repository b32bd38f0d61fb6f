import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { forgetDeletedAttempt } from '@/hooks/loginThrottle'
import { text } from '@/i18n/admin'

/**
 * Failed staff logins of the last minutes, per client address and account: what login throttling
 * counts (hooks/loginThrottle.ts). Kept in the database so that every app instance counts the same.
 * Administrators see them in the admin and clear a block by deleting its rows; nobody writes them
 * but the login hook.
 */
export const LoginAttempts: CollectionConfig = {
  slug: 'login-attempts',
  labels: { singular: text('loginAttempts:attempt'), plural: text('loginAttempts:attempts') },
  access: {
    create: () => false,
    delete: isAdmin,
    read: isAdmin,
    update: () => false,
  },
  admin: {
    group: text('users:system'),
    defaultColumns: ['account', 'address', 'createdAt'],
    description: text('loginAttempts:description'),
    useAsTitle: 'account',
  },
  defaultSort: '-createdAt',
  hooks: { afterDelete: [forgetDeletedAttempt] },
  fields: [
    { name: 'account', type: 'text', label: text('loginAttempts:account'), index: true, admin: { readOnly: true } },
    { name: 'address', type: 'text', label: text('loginAttempts:address'), index: true, admin: { readOnly: true } },
  ],
  timestamps: true,
}
