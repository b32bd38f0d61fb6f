import type { PayloadRequest } from 'payload'

import { type AdminMessages, adminT } from '@/i18n/admin'

export type ValidationMessage = keyof AdminMessages['validation']

/**
 * Our own validation messages (i18n/admin), in the language Payload chose for the request (the
 * user's admin language, else Accept-Language, else Chinese), next to Payload's built-in ones.
 */
export const validationMessage = (
  req: Pick<PayloadRequest, 't'>,
  key: ValidationMessage,
  vars?: Record<string, string | number>,
) => adminT(req.t)(`validation:${key}`, vars)
