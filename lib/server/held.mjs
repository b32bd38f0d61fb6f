/**
 * Responses the production server (server.mjs) holds back until they are complete, then sends
 * compressed from bytes it keeps: a portal page with its script policy (csp.mjs), a built file.
 * The same bytes are compressed once, not on every request (Brotli took 1.1 ms for a 94 KB page
 * here, most of what serving it from the page cache costs).
 */
import zlib from 'node:zlib'

/** Below this a body is sent as it is (as the compression middleware does: server.mjs). */
const COMPRESS_FROM = 1024
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }
/**
 * Built files never change under their name: compressed harder, once. Quality 6 made all 74 JS
 * chunks of a build (3.4 MB) 0.93 MB in 128 ms here, the largest (1.1 MB, the admin's) in 85 ms;
 * 11 saves 9% more in 70 times the time (4.1 s for that one, while a visitor waits).
 */
const BROTLI_BEST = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }

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

/**
 * Bytes kept under a key, with their encodings made the first time a client asks for them. A kept
 * entry serves only the same bytes again (compared, not hashed). At most `limit` entries are kept,
 * the least recently made going first.
 */
export function keptBytes(limit, { best = false } = {}) {
  const entries = new Map()
  return {
    /** The entry for these bytes under `key`, made with `extra(body)` when new or changed. */
    version(key, body, extra = () => ({})) {
      const known = entries.get(key)
      if (known && known.body.equals(body)) return known
      const entry = { body, encoded: {}, best, ...extra(body) }
      entries.delete(key)
      entries.set(key, entry)
      if (entries.size > limit) entries.delete(entries.keys().next().value)
      return entry
    },
  }
}

function encodedBody(entry, encoding) {
  entry.encoded[encoding] ??=
    encoding === 'br'
      ? zlib.brotliCompressSync(entry.body, entry.best ? BROTLI_BEST : BROTLI)
      : encoding === 'gzip'
        ? zlib.gzipSync(entry.body, { level: entry.best ? 9 : zlib.constants.Z_DEFAULT_COMPRESSION })
        : zlib.deflateSync(entry.body)
  return entry.encoded[encoding]
}

/**
 * Holds back the response when `hold()` says so once its headers are known (never after they went
 * out), then calls `complete(body, send)` with all of it; `send(entry)` sends a kept entry,
 * compressed as the client accepts (the compression middleware under it passes a body that is
 * encoded already). Other responses pass as they are.
 */
export function holdResponse(req, res, hold, complete) {
  const { write, end, flushHeaders, writeHead } = res
  let holding
  let releasing = false
  const chunks = []
  const decide = () => (holding ??= !res.headersSent && hold())
  const keep = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== 'function') {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    }
  }
  // Headers given to writeHead are set like any other, so that a held response's can still be
  // added to until its end; the status line goes out with them then.
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
    const done = typeof encoding === 'function' ? encoding : callback
    return complete(Buffer.concat(chunks), (entry) => {
      let body = entry.body
      if (
        body.length >= COMPRESS_FROM &&
        req.method !== 'HEAD' &&
        !res.getHeader('content-encoding') &&
        !/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))
      ) {
        const vary = String(res.getHeader('vary') ?? '')
        if (!/\baccept-encoding\b/i.test(vary))
          res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
        const chosen = chosenEncoding(req.headers['accept-encoding'])
        if (chosen) {
          body = encodedBody(entry, chosen)
          res.setHeader('Content-Encoding', chosen)
        }
      }
      res.setHeader('Content-Length', body.length)
      releasing = true
      return end.call(res, body, done)
    })
  }
}

/** Text a built file holds that compresses (fonts and images are compressed already). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml)|image\/svg\+xml)/i
const builtFiles = keptBytes(2000, { best: true })

/**
 * A built file (/_next/static/…: its name changes with its content) is compressed once, harder
 * than a page, and kept (2,000 files at most; a build has about 100): without a front such as nginx, the app compressed each on every request
 * (a 113 KB chunk at 197 requests/s as a browser asks, against 1,600 uncompressed).
 */
export function withKeptBuiltFiles(req, res) {
  holdResponse(
    req,
    res,
    () =>
      res.statusCode === 200 &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      COMPRESSIBLE.test(String(res.getHeader('content-type') ?? '')),
    (body, send) => send(builtFiles.version(req.url, body)),
  )
}
