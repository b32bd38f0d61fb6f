import type { PayloadRequest } from 'payload'

/**
 * A Local API call made from inside a hook, run in the hook's request: given `req`, it is part of
 * the operation's transaction and sees what the operation wrote so far (on PostgreSQL and MongoDB a
 * call without it runs on another connection, where an uncommitted row does not exist yet). Payload
 * sets the request's locale, fallback locale and context from the nested call's own arguments;
 * they are put back afterwards, so the rest of the operation runs as it began.
 */
export async function inRequest<T>(req: PayloadRequest, call: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const { locale, fallbackLocale, context } = req
  try {
    return await call(req)
  } finally {
    Object.assign(req, { locale, fallbackLocale, context })
  }
}
