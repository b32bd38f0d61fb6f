/**
 * Sends generated requests (./generate.mjs) to a running server, a few at a time, and tallies what
 * came back: statuses by class, answers of 5xx, requests slower than the limit, connection errors.
 */
import { appendFileSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { actionRequest, graphqlRequest, pageRequest, random, restRequest } from './generate.mjs'

/** The ids of the app's server actions, from the build's manifest (portal and admin). */
export function serverActionIds(root) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'))
    return Object.keys(manifest.node ?? {})
  } catch {
    return []
  }
}

export async function login(base, email, password) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = await response.json().catch(() => ({}))
  return json.token
}

/** The classes and how many of each in every 20 requests. */
const MIX = [
  ['rest', 9],
  ['graphql', 3],
  ['page', 4],
  ['action', 4],
]

export async function sendHostile({ base, count, seed, concurrency = 6, slowMs = 2000, tokens = {}, actionIds = [] }) {
  const r = random(seed)
  const origin = new URL(base).origin
  const deck = MIX.flatMap(([name, weight]) => Array(weight).fill(name))
  const tally = { sent: 0, byClass: {}, fivexx: [], slow: [], errors: [], maxMs: 0 }
  const make = () => {
    const kind = r.pick(deck)
    if (kind === 'rest') return restRequest(r, tokens)
    if (kind === 'graphql') return graphqlRequest(r, tokens)
    if (kind === 'page') return pageRequest(r)
    return actionRequest(r, actionIds.length ? actionIds : ['0'.repeat(42)], origin)
  }
  const requests = Array.from({ length: count }, make)
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]
      const started = performance.now()
      let status
      try {
        const response = await fetch(base + request.path, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        })
        const text = await response.text()
        status = response.status
        // A GraphQL answer can carry an internal error inside a 200: counted as the 500 it is.
        if (request.cls === 'graphql' && status < 500 && /"statusCode":5\d\d/.test(text)) status = 590
      } catch (error) {
        status = `error ${error.cause?.code ?? error.name}`
      }
      const ms = performance.now() - started
      tally.sent++
      tally.maxMs = Math.max(tally.maxMs, ms)
      const counts = (tally.byClass[request.cls] ??= {})
      const group = typeof status === 'number' ? `${String(status)[0]}xx` : 'error'
      counts[group] = (counts[group] ?? 0) + 1
      const line = `${request.cls} ${request.method} ${request.path.slice(0, 160)} ${JSON.stringify(request.headers).slice(0, 160)} ${typeof request.body === 'string' ? request.body.slice(0, 160) : ''}`
      if (typeof status !== 'number') tally.errors.push(`${status}: ${line}`)
      else if (status >= 500) {
        tally.fivexx.push(`${status}: ${line}`)
        // HOSTILE_DUMP=file: each such request whole, one JSON line each, to replay it.
        if (process.env.HOSTILE_DUMP)
          appendFileSync(process.env.HOSTILE_DUMP, JSON.stringify({ status, ...request }) + '\n')
      }
      if (ms > slowMs) tally.slow.push(`${Math.round(ms)} ms: ${line}`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return tally
}

// Run directly: node tests/system/hostile/send.mjs http://localhost:3210 2000 [seed]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://localhost:3210', count = '1000', seed = String(Date.now() % 100000)] = process.argv.slice(2)
  const editor = await login(base, 'editor@example.com', 'demo-editor-2026')
  const tally = await sendHostile({
    base,
    count: Number(count),
    seed: Number(seed),
    tokens: { editor },
    actionIds: serverActionIds(process.cwd()),
  })
  console.log(
    JSON.stringify({ seed, sent: tally.sent, maxMs: Math.round(tally.maxMs), byClass: tally.byClass }, null, 1),
  )
  for (const line of tally.fivexx.slice(0, 80)) console.log('5XX', line)
  for (const line of tally.slow.slice(0, 20)) console.log('SLOW', line)
  for (const line of tally.errors.slice(0, 20)) console.log('ERR', line)
}
