import {
  type CollectionBeforeOperationHook,
  type GlobalBeforeChangeHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { canPublish } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { validationMessage } from '@/lib/schema/validationMessages'
import { Refusal } from '@/lib/server/refusal'

const refuse = (req: PayloadRequest): never => {
  throw new Refusal(validationMessage(req, 'draftsOnly'), 403)
}

/**
 * Before an update: remembers whether it is a draft save (revalidation skips those), and stops an
 * editor from changing what the public sees — a save that is not a draft on a published document
 * (that would unpublish it or edit it live). Access functions cannot tell a draft save apart.
 */
export const editorialGuard: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const draft = Boolean(args.draft)
  req.context.draftSave = draft
  if (args.overrideAccess || !isStaffUser(req.user) || canPublish(req.user)) return args
  // Publishing, whatever the `draft` flag says (the admin's bulk Publish sends `draft=true`).
  if ((args.data as { _status?: string } | undefined)?._status === 'published') refuse(req)
  if (draft) return args
  const id = (args as { id?: number | string }).id
  if (id == null) refuse(req) // bulk updates that are not drafts are for publishers
  const { locale, fallbackLocale } = req
  const current = await req.payload.findByID({
    collection: collection.slug,
    id: id!,
    depth: 0,
    overrideAccess: true,
    select: { _status: true },
    req,
    disableErrors: true,
  })
  Object.assign(req, { locale, fallbackLocale })
  if ((current as { _status?: string } | null)?._status === 'published') refuse(req)
  return args
}

/** The same rule for the globals (home page, site settings): editors save drafts only. */
export const globalEditorialGuard: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  const draft = req.query?.draft === 'true'
  req.context.draftSave = draft
  if (!req.user || draft || canPublish(req.user)) return data
  if (data._status === 'published' || originalDoc?._status === 'published') {
    throw new ValidationError({ errors: [{ message: validationMessage(req, 'draftsOnly'), path: '_status' }] }, req.t)
  }
  return data
}
