/**
 * Content-Security-Policy of the portal's pages. Next.js bootstraps a page with inline scripts
 * whose text differs per page; the pages are cached (ISR), so a per-request nonce is not possible.
 * Instead the production server (server.mjs) allows exactly the inline scripts of the page it is
 * sending, by their SHA-256 hashes: no other inline script runs, nor any script from another origin.
 * JSON-LD blocks are data, not scripts: they are neither run nor need a hash.
 */
import { createHash } from 'node:crypto'

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi

/** The hashes of a page's executable inline scripts, as CSP sources. */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue
    if (!body) continue
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
