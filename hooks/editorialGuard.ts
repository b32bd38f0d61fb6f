import {
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { canPublish } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { validationMessage } from '@/lib/schema/validationMessages'
import { Refusal } from '@/lib/server/refusal'
import { inRequest } from '@/lib/server/inRequest'

const refuse = (req: PayloadRequest): never => {
  throw new Refusal(validationMessage(req, 'draftsOnly'), 403)
}

/**
 * Before an update: remembers whether it is a draft save (revalidation skips those), and stops an
 * editor from changing what the public sees — a save that is not a draft on a published document
 * (that would unpublish it or edit it live). Access functions cannot tell a draft save apart.
 */
export const editorialGuard: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  // Restoring a version writes the live document unless it is restored as a draft.
  if (operation === 'restoreVersion') {
    if (!args.overrideAccess && isStaffUser(req.user) && !canPublish(req.user) && !args.draft) refuse(req)
    return args
  }
  if (operation !== 'update') return args
  const draft = Boolean(args.draft)
  req.context.draftSave = draft
  if (args.overrideAccess || !isStaffUser(req.user) || canPublish(req.user)) return args
  // Publishing, whatever the `draft` flag says (the admin's bulk Publish sends `draft=true`).
  if ((args.data as { _status?: string } | undefined)?._status === 'published') refuse(req)
  if (draft) return args
  const id = (args as { id?: number | string }).id
  if (id == null) refuse(req) // bulk updates that are not drafts are for publishers
  const current = await inRequest(req, (req) =>
    req.payload.findByID({
      collection: collection.slug,
      id: id!,
      depth: 0,
      overrideAccess: true,
      select: { _status: true },
      req,
      disableErrors: true,
    }),
  )
  if ((current as { _status?: string } | null)?._status === 'published') refuse(req)
  return args
}

/**
 * The same rule for the globals (home page, site settings), stricter: a global is one document that
 * the public reads whole, so any save that is not a draft writes what the public sees. Editors save
 * drafts only (update and restore, through the API or the admin); nobody unpublishes a global,
 * which would leave the portal without its home page or contact details (publish another version
 * instead). Before the operation: it knows whether the save is a draft, which a beforeChange hook
 * only guesses from the REST query.
 */
export const globalEditorialGuard: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const draft = Boolean(args.draft)
  req.context.draftSave = draft
  if (args.overrideAccess || draft) return args
  if (!canPublish(req.user)) refuse(req)
  if (operation === 'update' && (args.data as { _status?: string } | undefined)?._status === 'draft') {
    throw new ValidationError(
      { errors: [{ message: validationMessage(req, 'globalAlwaysPublished'), path: '_status' }] },
      req.t,
    )
  }
  return args
}
