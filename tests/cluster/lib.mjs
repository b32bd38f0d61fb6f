/**
 * The pieces of the cluster test (tests/cluster/cluster.mjs): processes it starts and stops, and an
 * HTTPS client that trusts the test's own certificate.
 */
import { spawn, spawnSync } from 'node:child_process'
import { openSync } from 'node:fs'
import https from 'node:https'
import http2 from 'node:http2'

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A binary on the PATH or in the usual system places, or undefined. */
export function which(name) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']) {
    const file = `${dir}/${name}`
    if (dir && spawnSync('test', ['-x', file]).status === 0) return file
  }
  return undefined
}

/** Starts a process in its own group (so that it and its children can be stopped together), output to a log. */
export function start(command, args, { env, log, cwd }) {
  const out = openSync(log, 'a')
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out], detached: true })
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return child
}

export function signal(child, name) {
  try {
    process.kill(-child.pid, name)
  } catch {
    // gone already
  }
}

export async function stopAll(children) {
  for (const child of children) signal(child, 'SIGTERM')
  await Promise.race([Promise.all(children.map((child) => child.exited)), sleep(10_000)])
  for (const child of children) signal(child, 'SIGKILL')
}

/** Waits until `probe()` is true, up to `ms`; returns how long that took, or throws. */
export async function until(what, probe, ms, every = 100) {
  const started = Date.now()
  for (;;) {
    try {
      if (await probe()) return Date.now() - started
    } catch {
      // not yet
    }
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(every)
  }
}

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
