/**
 * The front of the cluster tests: a certificate of the test's own, nginx with the shipped site in
 * front of the instances, and the clients that reach it over HTTPS and HTTP/2.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import http2 from 'node:http2'
import path from 'node:path'

import { renderNginx, renderNginxMain } from '../../deploy/render-nginx.mjs'

import { start } from './lib.mjs'

/** HTTPS to nginx, trusting the test's certificate; `{ status, headers, body }` with the body as a Buffer. */
export function httpsClient(ca) {
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: 64 })
  return (url, { method = 'GET', headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const request = https.request(url, { method, headers, agent, timeout: 30_000 }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        )
        response.on('error', reject)
      })
      request.on('timeout', () => request.destroy(new Error('timed out')))
      request.on('error', reject)
      request.end(body)
    })
}

/** One GET over HTTP/2 (ALPN h2), to show that nginx speaks it. */
export function http2Get(origin, path, ca) {
  return new Promise((resolve, reject) => {
    const session = http2.connect(origin, { ca })
    session.on('error', reject)
    const stream = session.request({ ':path': path, 'accept-language': 'zh-CN' })
    let status
    stream.on('response', (headers) => (status = headers[':status']))
    stream.on('data', () => undefined)
    stream.on('end', () => {
      const protocol = session.alpnProtocol
      session.close()
      resolve({ status, protocol })
    })
    stream.on('error', reject)
  })
}

/** A self-signed certificate for `localhost` and the given addresses, in `dir`. */
export function certificate(dir, addresses = ['127.0.0.1']) {
  mkdirSync(dir, { recursive: true })
  const names = ['DNS:localhost', ...addresses.map((address) => `IP:${address}`)].join(',')
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'].concat([
      '-addext',
      `subjectAltName=${names}`,
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { stdio: 'ignore' },
  )
  return { key, cert, ca: readFileSync(cert) }
}

/** nginx with the shipped site (deploy/portal.nginx.conf) in front of `upstreams`, checked with -t first. */
export function startNginx({ nginx, dir, upstreams, tls, httpPort, httpsPort }) {
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o777)
  const site = renderNginx({
    upstreams,
    serverName: 'localhost',
    certificate: tls.cert,
    key: tls.key,
    httpPort,
    httpsPort,
    cacheDir: path.join(dir, 'cache'),
  })
  writeFileSync(path.join(dir, 'nginx.conf'), renderNginxMain(dir, site))
  const check = spawnSync(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`)
  return start(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    env: process.env,
    log: path.join(dir, 'nginx.out'),
  })
}
