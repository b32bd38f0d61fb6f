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
import zlib from 'node:zlib'

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
 * The policy of a page, and its compressed bytes, computed once per version of it: a cached page is
 * the same bytes on every request until it is revalidated, and comparing bytes costs far less than
 * finding and hashing its scripts again, or compressing it again (Brotli took 1.1 ms for a 94 KB
 * list page here, most of what serving it from the page cache costs). At most PAGE_CACHE pages are
 * remembered (the oldest go first).
 */
const PAGE_CACHE = 500
const pages = new Map()
function pageVersion(url, body, https) {
  const key = `${https ? 's' : ''}${url}`
  const known = pages.get(key)
  if (known && known.body.equals(body)) return known
  const version = { body, policy: portalCsp(body.toString('utf8'), { https }), encoded: {} }
  pages.delete(key)
  pages.set(key, version)
  if (pages.size > PAGE_CACHE) pages.delete(pages.keys().next().value)
  return version
}

/** Below this a page is sent as it is (as the compression middleware does: server.mjs). */
const COMPRESS_FROM = 1024
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }

/**
 * The encoding a client accepts that we send: Brotli, else gzip, else deflate (the compression
 * middleware's order), else none; q=0 refuses one, `*` stands for any not named.
 */
export function chosenEncoding(acceptEncoding) {
  const accepted = new Map()
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)).find(Boolean)
    accepted.set(name.trim(), q ? Number(q[1]) : 1)
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return ['br', 'gzip', 'deflate'].find(ok)
}

/** A page version's bytes in `encoding`, compressed the first time they are asked for. */
function encodedBody(version, encoding) {
  version.encoded[encoding] ??=
    encoding === 'br'
      ? zlib.brotliCompressSync(version.body, BROTLI)
      : encoding === 'gzip'
        ? zlib.gzipSync(version.body)
        : zlib.deflateSync(version.body)
  return version.encoded[encoding]
}

/**
 * Holds back an HTML response until it is complete, then sends it with a policy naming the hashes of
 * its inline scripts, compressed as the client accepts (the compression middleware under it passes
 * a body that is encoded already). Other responses (and the admin, whose policy is static:
 * next.config.ts) pass.
 */
export function withScriptHashes(req, res, https) {
  const { write, end, flushHeaders, writeHead } = res
  let buffering
  let releasing = false
  const chunks = []
  const decide = () =>
    (buffering ??=
      !res.headersSent &&
      !res.hasHeader('content-security-policy') &&
      String(res.getHeader('content-type') ?? '').startsWith('text/html'))
  const keep = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== 'function') {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    }
  }
  // Headers given to writeHead are set like any other, so that an HTML page's can still be added to
  // until its end; the status line goes out with them then.
  res.writeHead = function (status, reason, headers) {
    const given = typeof reason === 'object' ? reason : headers
    res.statusCode = status
    if (Array.isArray(given)) for (let i = 0; i < given.length; i += 2) res.setHeader(given[i], given[i + 1])
    else if (given) for (const [name, value] of Object.entries(given)) res.setHeader(name, value)
    if (decide() && !releasing) return res
    return writeHead.call(res, status, typeof reason === 'string' ? reason : undefined)
  }
  res.flushHeaders = function () {
    if (!decide()) flushHeaders.call(res)
  }
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return write.call(res, chunk, encoding, callback)
    keep(chunk, encoding)
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return end.call(res, chunk, encoding, callback)
    keep(chunk, encoding)
    const version = pageVersion(req.url, Buffer.concat(chunks), https)
    res.setHeader('Content-Security-Policy', version.policy)
    let body = version.body
    const contentEncoding = res.getHeader('content-encoding')
    if (
      body.length >= COMPRESS_FROM &&
      req.method !== 'HEAD' &&
      !contentEncoding &&
      !/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))
    ) {
      const vary = String(res.getHeader('vary') ?? '')
      if (!/\baccept-encoding\b/i.test(vary))
        res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      const chosen = chosenEncoding(req.headers['accept-encoding'])
      if (chosen) {
        body = encodedBody(version, chosen)
        res.setHeader('Content-Encoding', chosen)
      }
    }
    res.setHeader('Content-Length', body.length)
    releasing = true
    return end.call(res, body, typeof encoding === 'function' ? encoding : callback)
  }
}
