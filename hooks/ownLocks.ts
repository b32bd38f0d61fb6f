import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { adminT } from '@/i18n/admin'
import { Refusal } from '@/lib/server/refusal'

type LockOwner = { relationTo?: string; value?: unknown } | number | string | null | undefined

const ownerId = (owner: LockOwner) =>
  owner && typeof owner === 'object' ? ((owner.value as { id?: unknown } | undefined)?.id ?? owner.value) : owner

/**
 * A document lock names the person editing. Payload's `payload-locked-documents` lets any signed-in
 * user write any lock, so an editor could lock a document in an administrator's name. A lock
 * written by a signed-in user is theirs: one naming somebody else is refused.
 */
export const lockForOneself: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user
  if (!user) return data
  const owner = (data as { user?: LockOwner }).user
  if (owner != null && String(ownerId(owner)) !== String(user.id)) {
    throw new Refusal(adminT(req.t)('validation:lockForOthers'), 403)
  }
  return { ...data, user: { relationTo: user.collection, value: user.id } }
}

/**
 * Payload adds its locks collection while it sanitizes the config, after plugins have run, so the
 * hook is attached once Payload has started (payload.config.ts `onInit`).
 */
export function guardDocumentLocks(payload: Payload) {
  const locks = (payload.collections as Record<string, { config: { hooks: { beforeChange?: unknown[] } } }>)[
    'payload-locked-documents'
  ]
  if (!locks) return
  const hooks = (locks.config.hooks.beforeChange ??= [])
  if (!hooks.includes(lockForOneself)) hooks.push(lockForOneself)
}
