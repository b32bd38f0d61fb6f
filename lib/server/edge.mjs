/**
 * What the production server (server.mjs) decides about a request before Next.js reads it. Plain
 * JavaScript, so `npm start` needs no TypeScript loader; pure, so tests call it directly.
 */

/** JSON, GraphQL, form and server-action bodies: larger ones are refused with 413 unread. */
export const BODY_LIMIT = 1024 * 1024

/** Multipart bodies (uploads): the media upload limit (collections/Media.ts) plus the form around it. */
export const UPLOAD_LIMIT = 11 * 1024 * 1024

/**
 * The header in which the server passes the client's address to the app, after removing any copy
 * the client sent (lib/server/clientAddress.ts reads it).
 */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'

/**
 * The client's address. `chain` is X-Forwarded-For's hops followed by the socket's address; each
 * of the `trustProxy` proxies in front appended the address it saw, so the client is the hop just
 * before them. With no proxy trusted (the default) it is the socket: a header cannot choose it.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustProxy
 */
export function clientAddressFrom(socketAddress, forwardedFor, trustProxy) {
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const chain = [...hops, socketAddress || 'unknown']
  const address = chain[Math.max(0, chain.length - 1 - Math.max(0, trustProxy))] ?? 'unknown'
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

/** TRUST_PROXY: how many reverse proxies stand in front of the app (0 unless set to a whole number). */
export function trustedProxies(value = process.env.TRUST_PROXY) {
  const count = Number(value)
  return Number.isInteger(count) && count > 0 ? count : 0
}

/**
 * Whether a request body may be read: 413 for a declared length over the limit (uploads have
 * their own, larger one), 411 for a body of unknown length (chunked) where a limit applies.
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {{ uploadLimit: number }} limits
 * @returns {undefined | { status: 411 | 413, limit: number }}
 */
export function bodyRefusal(request, { uploadLimit }) {
  const method = (request.method ?? 'GET').toUpperCase()
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined
  const type = String(request.headers['content-type'] ?? '').toLowerCase()
  const limit = type.startsWith('multipart/form-data') ? uploadLimit : BODY_LIMIT
  const declared = request.headers['content-length']
  if (declared === undefined) {
    return request.headers['transfer-encoding'] ? { status: 411, limit } : undefined
  }
  const length = Number(declared)
  if (!Number.isFinite(length) || length < 0) return { status: 411, limit }
  return length > limit ? { status: 413, limit } : undefined
}

/**
 * The longest request target answered; longer ones get 414. Next.js answers `/zh/parks/` with a 308
 * that repeats the address twice (Location and Refresh), and HTTP clients refuse an answer whose
 * headers pass 16 KB (Node's fetch: UND_ERR_HEADERS_OVERFLOW), so an address of 9 KB made an answer
 * no client could read. At 6 KB every answer's headers stay well under that; no address of the
 * portal or the admin comes near it, and nginx's default line buffer (8 KB) is larger.
 */
export const URL_LIMIT = 6 * 1024

export function isTooLong(url = '/') {
  return url.length > URL_LIMIT
}

/** A path Next.js could not decode (`/zh/parks/%ff`): answered 400 here instead of a 500 there. */
export function isMalformedPath(url = '/') {
  const path = url.split('?')[0] ?? ''
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}
