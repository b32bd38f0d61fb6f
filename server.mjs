/**
 * `npm start`: the production server. Next.js serves everything; before it reads a request this
 * server decides what Next cannot see or should not have to read:
 * - the client's address (socket, or X-Forwarded-For through TRUST_PROXY proxies), passed on in a
 *   header of its own after removing any copy the client sent (lib/server/clientAddress.ts);
 * - bodies over the limit (413) or of unknown length (411), refused before they are read;
 * - paths that cannot be percent-decoded (400), addresses over URL_LIMIT (414);
 * - a Content-Security-Policy for each portal page that allows its own inline scripts by hash
 *   (lib/server/csp.mjs), and compression (Next's own is off: it would hide the page from us),
 *   once per version of a page or built file (lib/server/held.mjs);
 * - HSTS on https; a graceful stop on SIGTERM/SIGINT (requests in flight finish, new ones are refused
 *   with a 503 that nginx retries on another instance, kept-alive connections close once idle).
 * With REDIS_URL, it connects to Redis before the first request (lib/server/redis.mjs).
 * Once listening, it renders the important pages (lib/server/warm.mjs) unless WARM_PAGES=0.
 */
import { createServer, IncomingMessage } from 'node:http'
import module from 'node:module'
import path from 'node:path'

import compression from 'compression'

import { actionRunsAt, actionState, loadActions } from './lib/server/actions.mjs'
import { withScriptHashes } from './lib/server/csp.mjs'
import { withKeptBuiltFiles } from './lib/server/held.mjs'
import { sharedRedis } from './lib/server/redis.mjs'
import { warmPages } from './lib/server/warm.mjs'
import {
  BODY_LIMIT,
  bodyRefusal,
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  isMalformedPath,
  isTooLong,
  trustedProxies,
  UPLOAD_LIMIT,
  URL_LIMIT,
} from './lib/server/edge.mjs'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const trustProxy = trustedProxies()

// Before Next.js and the Payload config load: they read it once.
process.env.NODE_ENV = 'production'

// Several instances (REDIS_URL): connected before the first request, whose cache reads would
// otherwise miss. A Redis that does not answer delays the start by 5 s at most, and the portal
// works without it (every request renders) until it does.
const redis = sharedRedis()
if (redis && redis.status !== 'ready') {
  await Promise.race([new Promise((resolve) => redis.once('ready', resolve)), new Promise((r) => setTimeout(r, 5000))])
}
// V8's compiled code for the modules below (Next's server, the built chunks: tens of MB of
// JavaScript) is kept on disk after the first start, so a restart does not compile it again.
module.enableCompileCache?.(path.join(import.meta.dirname, '.next', 'cache', 'node-compile-cache'))
const { default: next } = await import('next')
const app = next({ dev: false, hostname, port, dir: import.meta.dirname })
const handle = app.getRequestHandler()
await app.prepare()
const serverActions = loadActions(import.meta.dirname)

const english = (req) => /^en\b/i.test(String(req.headers['accept-language'] ?? ''))

const messages = {
  400: ['请求的地址无法解析。', 'The address of this request cannot be decoded.'],
  '400-action': ['表单提交的内容无法读取。', 'The form submission cannot be read.'],
  403: ['不接受来自其他网站的表单提交。', 'Form submissions from other sites are not accepted.'],
  '404-action': [
    '此页面没有这个表单操作（页面可能已更新，请刷新后重试）。',
    'This page has no such form action (the page may have been updated: reload it and try again).',
  ],
  415: ['不支持此内容类型。', 'Unsupported content type.'],
  411: ['请求需要注明内容长度（Content-Length）。', 'The request must state its length (Content-Length).'],
  413: ['请求内容过大（上限 {mb} MB）。', 'The request is too large (limit {mb} MB).'],
  414: ['请求的地址过长（上限 {kb} KB）。', 'The address of this request is too long (limit {kb} KB).'],
}

function refuse(req, res, status, limit = 0, key = status) {
  const [zh, en] = messages[key]
  const message = (english(req) ? en : zh)
    .replace('{mb}', String(Math.round(limit / 1024 / 1024)))
    .replace('{kb}', String(Math.round(limit / 1024)))
  res.statusCode = status
  res.setHeader('Connection', 'close')
  const api = String(req.url ?? '').startsWith('/api/')
  res.setHeader('Content-Type', api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8')
  const answer = () => {
    if (!res.writableEnded) res.end(api ? JSON.stringify({ errors: [{ message }] }) : message)
  }
  // Nothing of the body is used; it is discarded. A client still sending a body of a sane size gets
  // the answer once it has sent it (at most DRAIN_MS later): closing under it would give the client
  // a broken pipe (EPIPE) instead of the 413. A larger body, or none, is answered at once.
  const length = Number(req.headers['content-length'] || 0)
  req.resume()
  if (length > 0 && length <= DRAIN_LIMIT && !req.complete) {
    req.once('end', answer)
    req.once('error', answer)
    setTimeout(answer, DRAIN_MS).unref()
  } else answer()
}

/** A refused body up to this size is read to its end (and discarded) before the answer. */
const DRAIN_LIMIT = 8 * 1024 * 1024
const DRAIN_MS = 2000

const compress = compression({ threshold: 1024 })

/**
 * A POST to a page (a server action, or a form sent without JavaScript) is checked before Next.js
 * decodes it, which answers most malformed ones with a 500: the origin must be this site's, a
 * Next-Action header must name an action of this build that runs on that page, the body must be
 * form data or the JSON array React sends (at most BODY_LIMIT, checked before reading: bodyRefusal).
 * Next then gets the same request with the body read.
 */
async function checkPagePost(req, res, pathname) {
  const origin = req.headers.origin
  const host = (trustProxy > 0 && req.headers['x-forwarded-host']) || req.headers.host
  if (origin) {
    let originHost
    try {
      originHost = new URL(origin).host
    } catch {
      originHost = undefined
    }
    if (originHost !== host) return refuse(req, res, 403)
  }
  const action = req.headers['next-action']
  if (action !== undefined && !actionRunsAt(serverActions, String(action), pathname)) {
    return refuse(req, res, 404, 0, '404-action')
  }
  const type = String(req.headers['content-type'] ?? '')
  const multipart = /^multipart\/form-data;\s*boundary=/i.test(type)
  if (action !== undefined && !multipart && !/^text\/plain\b/i.test(type)) return refuse(req, res, 415)
  if (action === undefined && !/^multipart\//i.test(type)) return req
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const body = Buffer.concat(chunks)
  try {
    if (multipart) await new Response(body, { headers: { 'content-type': type } }).formData()
    else if (!Array.isArray(JSON.parse(body.toString('utf8')))) throw new Error('not an array')
  } catch {
    return refuse(req, res, 400, 0, '400-action')
  }
  const replay = new IncomingMessage(req.socket)
  Object.assign(replay, { headers: req.headers, rawHeaders: req.rawHeaders, url: req.url, method: req.method })
  replay.httpVersion = req.httpVersion
  // Complete, so that its end does not count as an aborted request (which would close the socket).
  replay.complete = true
  replay.push(body)
  replay.push(null)
  return replay
}

/**
 * Holds the answer to a page POST until it is complete. A 500 that Next gave before any action of
 * ours started (lib/server/actions.mjs) was a request React or Next could not decode: it is sent
 * as the 400 it is, in the reader's language. A fault inside an action stays a 500.
 */
function mapDecodingFaults(req, res, state) {
  const { write, end, writeHead, flushHeaders } = res
  const chunks = []
  res.writeHead = function (status, reason, headers) {
    const given = typeof reason === 'object' ? reason : headers
    res.statusCode = status
    if (Array.isArray(given)) for (let i = 0; i < given.length; i += 2) res.setHeader(given[i], given[i + 1])
    else if (given) for (const [name, value] of Object.entries(given)) res.setHeader(name, value)
    return res
  }
  res.flushHeaders = () => {}
  res.write = function (chunk, encoding, callback) {
    if (chunk != null && typeof chunk !== 'function') {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    }
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (chunk != null && typeof chunk !== 'function') res.write(chunk, encoding)
    Object.assign(res, { write, end, writeHead, flushHeaders })
    if (res.statusCode >= 500 && (!state.entered || state.refused)) {
      for (const name of res.getHeaderNames()) if (name !== 'strict-transport-security') res.removeHeader(name)
      return refuse(req, res, 400, 0, '400-action')
    }
    return end.call(res, Buffer.concat(chunks), typeof encoding === 'function' ? encoding : callback)
  }
}

let stopping = false
const server = createServer((req, res) => {
  if (stopping) {
    res.statusCode = 503
    res.setHeader('Connection', 'close')
    res.setHeader('Retry-After', '5')
    return res.end()
  }
  if (isTooLong(req.url)) return refuse(req, res, 414, URL_LIMIT)
  if (isMalformedPath(req.url)) return refuse(req, res, 400)
  // Uploads (the larger limit) go to the API only: a server action's body is held to BODY_LIMIT.
  const refusal = bodyRefusal(req, { uploadLimit: String(req.url).startsWith('/api/') ? UPLOAD_LIMIT : BODY_LIMIT })
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
  compress(req, res, async () => {
    const pathname = String(req.url).split('?')[0]
    if (pathname.startsWith('/_next/static/')) withKeptBuiltFiles(req, res)
    else if (!pathname.startsWith('/admin')) withScriptHashes(req, res, https)
    if (req.method !== 'POST' || pathname.startsWith('/api/')) return handle(req, res)
    const request = await checkPagePost(req, res, pathname)
    if (!request) return
    const state = { entered: false, refused: false }
    mapDecodingFaults(req, res, state)
    actionState().run(state, () => handle(request, res))
  })
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, async () => {
  console.log(
    `> Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (TRUST_PROXY=${trustProxy})`,
  )
  if (process.env.WARM_PAGES === '0') return
  const { warmed, ms } = await warmPages(`http://127.0.0.1:${port}`)
  console.log(`> Warmed ${warmed} pages in ${ms} ms`)
  module.flushCompileCache?.()
})

function stop(signal) {
  if (stopping) return
  stopping = true
  console.log(`> ${signal}: finishing requests in flight, then stopping`)
  server.close(() => process.exit(0))
  // Keep-alive connections (nginx keeps a pool) close as soon as their request in flight is done.
  server.closeIdleConnections()
  setInterval(() => server.closeIdleConnections(), 100).unref()
  // A request that never ends must not keep the process alive for ever.
  setTimeout(() => process.exit(0), 25_000).unref()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
