import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { validationMessage } from '@/lib/schema/validationMessages'

/**
 * Refuses an upload of the wrong type with a message in the request's language, before Payload's
 * own (English-only) check; Payload still inspects the file's bytes afterwards.
 */
export const rejectUnsupportedFile =
  (mimeTypes: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file && !mimeTypes.includes(req.file.mimetype)) {
      throw new ValidationError(
        { collection: 'media', errors: [{ path: 'file', message: validationMessage(req, 'fileType') }], req },
        req.t,
      )
    }
    return args
  }
