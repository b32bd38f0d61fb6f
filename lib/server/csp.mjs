/**
 * Content-Security-Policy of the portal's pages. Next.js bootstraps a page with inline scripts
 * whose text differs per page; the pages are cached (ISR), so a per-request nonce is not possible.
 * Instead the production server (server.mjs) allows the inline scripts of the page it is sending by
 * their SHA-256 hashes — but only those that have the exact shapes Next.js and Turbopack write
 * (`ourInlineScript`): a call with one JSON literal as its argument, which cannot run code of its
 * own. A script that stored HTML might smuggle into a page has no such shape, gets no hash, and does
 * not run; nor does any script from another origin. JSON-LD blocks are data: neither run nor hashed.
 */
import { createHash } from 'node:crypto'

import { holdResponse, keptBytes } from './held.mjs'

export { chosenEncoding } from './held.mjs'

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi

const isJson = (text) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_PUSH = 'self.__next_f.push('
const TURBOPACK_PUSH = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('
const CHUNK = /^static\/chunks\/[\w.-]+\.(?:js|css)$/

/**
 * Whether an inline script is one Next.js writes: the start of the RSC payload, a push of one JSON
 * chunk of it, or Turbopack's list of the build's own chunks to load.
 */
export function ourInlineScript(body) {
  if (body === FLIGHT_START) return true
  if (body.startsWith(FLIGHT_PUSH) && body.endsWith(')')) {
    const argument = body.slice(FLIGHT_PUSH.length, -1)
    return argument.startsWith('[') && isJson(argument)
  }
  if (body.startsWith(TURBOPACK_PUSH) && body.endsWith(');')) {
    const argument = body.slice(TURBOPACK_PUSH.length, -2)
    if (!isJson(argument)) return false
    const value = JSON.parse(argument)
    const chunks = value?.otherChunks
    return (
      typeof value === 'object' &&
      Object.keys(value).every((key) => key === 'otherChunks' || key === 'runtimeModuleIds') &&
      Array.isArray(chunks) &&
      chunks.every((chunk) => typeof chunk === 'string' && CHUNK.test(chunk))
    )
  }
  return false
}

/** The hashes of a page's inline scripts that Next.js wrote, as CSP sources (others get none). */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue
    if (!body || !ourInlineScript(body)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The origin of the optional map tiles (MAP_TILE_URL, components/investor/ParksMap.tsx), if any. */
function tileOrigin() {
  try {
    return process.env.MAP_TILE_URL ? ` ${new URL(process.env.MAP_TILE_URL.replace(/[{}]/g, '')).origin}` : ''
  } catch {
    return ''
  }
}

/** The policy for one portal page: its own scripts, and only this origin for everything else (and map tiles). */
export function portalCsp(html, { https = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // React and next/image set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin()}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    // The admin's live preview frames the portal from the same origin; nobody else may.
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * The policy of a page and its compressed bytes are computed once per version of it: a cached page
 * is the same bytes on every request until it is revalidated, and comparing bytes costs far less
 * than finding and hashing its scripts again, or compressing it again. At most 500 pages are
 * remembered (the oldest go first).
 */
const pages = keptBytes(500)

/**
 * Holds back an HTML response until it is complete, then sends it with a policy naming the hashes of
 * its inline scripts, compressed as the client accepts (lib/server/held.mjs). Other responses (and
 * the admin, whose policy is static: next.config.ts) pass.
 */
export function withScriptHashes(req, res, https) {
  holdResponse(
    req,
    res,
    () =>
      !res.hasHeader('content-security-policy') && String(res.getHeader('content-type') ?? '').startsWith('text/html'),
    (body, send) => {
      const version = pages.version(`${https ? 's' : ''}${req.url}`, body, () => ({
        policy: portalCsp(body.toString('utf8'), { https }),
      }))
      res.setHeader('Content-Security-Policy', version.policy)
      return send(version)
    },
  )
}
