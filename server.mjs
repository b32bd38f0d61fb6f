/**
 * `npm start`: the production server. Next.js serves everything; before it reads a request this
 * server decides what Next cannot see or should not have to read:
 * - the client's address (socket, or X-Forwarded-For through TRUST_PROXY proxies), passed on in a
 *   header of its own after removing any copy the client sent (lib/server/clientAddress.ts);
 * - bodies over the limit (413) or of unknown length (411), refused before they are read;
 * - paths that cannot be percent-decoded (400);
 * - a Content-Security-Policy for each portal page that allows its own inline scripts by hash
 *   (lib/server/csp.mjs), and compression (Next's own is off: it would hide the page from us);
 * - HSTS on https; a graceful stop on SIGTERM/SIGINT (requests in flight finish, new ones are refused).
 */
import { createServer } from 'node:http'

import compression from 'compression'

import { portalCsp } from './lib/server/csp.mjs'
import { bodyRefusal, clientAddressFrom, isMalformedPath, trustedProxies } from './lib/server/edge.mjs'

const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'
const UPLOAD_LIMIT = 11 * 1024 * 1024 // the media upload limit (collections/Media.ts) plus the form around it

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const trustProxy = trustedProxies()

// Before Next.js and the Payload config load: they read it once.
process.env.NODE_ENV = 'production'
const { default: next } = await import('next')
const app = next({ dev: false, hostname, port, dir: import.meta.dirname })
const handle = app.getRequestHandler()
await app.prepare()

const english = (req) => /^en\b/i.test(String(req.headers['accept-language'] ?? ''))

const messages = {
  400: ['请求的地址无法解析。', 'The address of this request cannot be decoded.'],
  411: ['请求需要注明内容长度（Content-Length）。', 'The request must state its length (Content-Length).'],
  413: ['请求内容过大（上限 {mb} MB）。', 'The request is too large (limit {mb} MB).'],
}

function refuse(req, res, status, limit = 0) {
  const [zh, en] = messages[status]
  const message = (english(req) ? en : zh).replace('{mb}', String(Math.round(limit / 1024 / 1024)))
  res.statusCode = status
  res.setHeader('Connection', 'close')
  const api = String(req.url ?? '').startsWith('/api/')
  res.setHeader('Content-Type', api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8')
  res.end(api ? JSON.stringify({ errors: [{ message }] }) : message)
  // Nothing of the body is read; drop it rather than let it trickle in.
  req.resume()
}

/**
 * Holds back an HTML response until it is complete, then sends it with a policy naming the hashes of
 * its inline scripts. Other responses (and the admin, whose policy is static: next.config.ts) pass.
 */
function withScriptHashes(req, res, https) {
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
    const body = Buffer.concat(chunks)
    res.setHeader('Content-Security-Policy', portalCsp(body.toString('utf8'), { https }))
    res.setHeader('Content-Length', body.length)
    releasing = true
    return end.call(res, body, typeof encoding === 'function' ? encoding : callback)
  }
}

const compress = compression({ threshold: 1024 })

let stopping = false
const server = createServer((req, res) => {
  if (stopping) {
    res.statusCode = 503
    res.setHeader('Connection', 'close')
    res.setHeader('Retry-After', '5')
    return res.end()
  }
  if (isMalformedPath(req.url)) return refuse(req, res, 400)
  const refusal = bodyRefusal(req, { uploadLimit: UPLOAD_LIMIT })
  if (refusal) return refuse(req, res, refusal.status, refusal.limit)

  const address = clientAddressFrom(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy)
  req.headers[CLIENT_ADDRESS_HEADER] = address
  if (trustProxy === 0) {
    // Nobody in front: what a client says about forwarding is not believed, and Next must not pass it on.
    req.headers['x-forwarded-for'] = address
    delete req.headers['x-forwarded-proto']
    delete req.headers['x-forwarded-host']
  }
  delete req.headers['x-real-ip']
  const https = req.socket.encrypted || (trustProxy > 0 && req.headers['x-forwarded-proto'] === 'https')
  if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  compress(req, res, () => {
    if (!String(req.url).startsWith('/admin')) withScriptHashes(req, res, https)
    handle(req, res)
  })
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => {
  console.log(
    `> Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (TRUST_PROXY=${trustProxy})`,
  )
})

function stop(signal) {
  if (stopping) return
  stopping = true
  console.log(`> ${signal}: finishing requests in flight, then stopping`)
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  // A request that never ends must not keep the process alive for ever.
  setTimeout(() => process.exit(0), 25_000).unref()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
