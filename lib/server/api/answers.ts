import { type AdminKey, type AdminLanguage, adminText } from '@/i18n/admin'

/**
 * How the API edge answers (lib/server/apiGuard.ts): a refusal in Payload's error shape
 * (`{ errors: [{ message }] }`) in the reader's language, and `no-store` where personal data is.
 */
export const language = (request: { headers: Headers }): AdminLanguage =>
  /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh'

export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly key: AdminKey,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

export const refusal = (request: Request, error: Refused) =>
  Response.json(
    { errors: [{ message: adminText(language(request), error.key, error.vars) }] },
    { status: error.status },
  )

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Signed in (a token in the header or the session cookie): staff limits and no-store apply. */
export const signedIn = (request: Request) =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** The same answer with `Cache-Control: no-store`: no browser or proxy keeps a copy. */
export function notStored(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
