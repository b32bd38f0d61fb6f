import type { Access } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from './roles'
import { isStaffUser } from './staff'

/**
 * The editorial workflow, decided here for every content collection and global:
 * - editors write drafts (create, edit, autosave) and delete what was never published;
 * - reviewers and admins also publish, unpublish, schedule and delete anything;
 * - everyone else reads published documents only.
 * Unpublishing and editing a live document in place are refused in `hooks/editorialGuard.ts`
 * (an access function does not see whether a save is a draft).
 */
export const canPublish = (user: Pick<User, 'roles'> | null | undefined): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'reviewer')

type Publishable = { _status?: string | null } | undefined

/** Staff may write; only a publisher may write `_status: published`. */
export const writeContent: Access = ({ req: { user }, data }) =>
  isStaffUser(user) && ((data as Publishable)?._status !== 'published' || canPublish(user))

/**
 * Content collections' update rule. Payload also asks it once per collection without a document
 * (`data` undefined) to decide what the admin offers: there only publishers may update, so an
 * editor's list view has no bulk Edit / Publish / Unpublish (a bulk save is not a draft of one
 * document). Every real save passes its data and gets `writeContent`'s answer.
 */
export const updateContent: Access = (args) =>
  args.data === undefined ? canPublish(args.req.user) : writeContent(args)

export const deleteContent: Access = ({ req: { user } }) => {
  if (!isStaffUser(user)) return false
  if (canPublish(user)) return true
  // Editors: only documents that are not live.
  return { _status: { not_equals: 'published' } }
}

/** Staff read drafts and versions; the public reads published documents only. */
export const readContent: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }

export const readVersions: Access = ({ req: { user } }) => isStaffUser(user)
