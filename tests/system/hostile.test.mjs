/**
 * Hostile input against the production server (server.mjs on the e2e build, a database of its own):
 * - one hostile GraphQL document (nested fragments) while the home page is timed beside it;
 * - a generated suite of malformed requests over every class a client controls (REST, GraphQL,
 *   page URLs, portal and admin POSTs with and without Next-Action, multipart): 0 × 5xx, no request
 *   over 2 s. The seed is printed; HOSTILE_SEED repeats a run, HOSTILE_COUNT sets its size.
 * Run by scripts/e2e.mjs after the Playwright suite, on a copy of the freshly seeded database.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { after, before, test } from 'node:test'

import { nestedFragments } from './hostile/generate.mjs'
import { sendHostile, serverActionIds, login } from './hostile/send.mjs'
import { start, stopAll, until } from '../cluster/lib.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const work = path.join(root, '.e2e')
const database = process.env.HOSTILE_DATABASE ?? path.join(work, 'hostile.db')
const COUNT = Number(process.env.HOSTILE_COUNT ?? 10_000)
const SEED = Number(process.env.HOSTILE_SEED ?? Math.floor(Math.random() * 1e9))
const SLOW_MS = 2000

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

let base
const children = []

before(async () => {
  assert.ok(existsSync(path.join(root, '.next/BUILD_ID')), 'needs a production build (npm run test:e2e makes one)')
  assert.ok(existsSync(database), `needs a seeded database at ${database} (scripts/e2e.mjs copies one)`)
  mkdirSync(work, { recursive: true })
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  children.push(
    start(process.execPath, ['server.mjs'], {
      cwd: root,
      log: path.join(work, 'hostile-server.log'),
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        DATABASE_URI: `file:${database}`,
        MEDIA_DIR: path.join(work, 'hostile-media'),
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret-for-the-test-run-only',
        NEXT_PUBLIC_SERVER_URL: base,
        WARM_PAGES: '0',
        PAYLOAD_JOBS_AUTORUN: 'false',
      },
    }),
  )
  await until('the server answers', async () => (await fetch(`${base}/api/health`)).ok, 60_000, 250)
  // First renders of the pages the timing compares, so that a cold render is not what is measured.
  for (const page of ['/zh', '/en', '/zh/parks']) await fetch(base + page).then((response) => response.text())
})

after(() => stopAll(children))

const timed = async (url, init) => {
  const started = performance.now()
  const response = await fetch(url, init)
  await response.text()
  return { status: response.status, ms: performance.now() - started }
}

test('a nested-fragment GraphQL document is refused at once, and /zh answers beside a stream of them', async () => {
  const query = nestedFragments(14, 4)
  const hostile = () =>
    timed(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query }),
    })
  const idle = []
  for (let i = 0; i < 5; i++) idle.push((await timed(`${base}/zh`)).ms)
  // Four clients send the hostile document back to back while the home page is asked for ten times.
  let sending = true
  const refusals = []
  const attackers = Array.from({ length: 4 }, async () => {
    while (sending) refusals.push(await hostile())
  })
  const underAttack = []
  for (let i = 0; i < 10; i++) underAttack.push(await timed(`${base}/zh`))
  sending = false
  await Promise.all(attackers)
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  console.info(
    `[hostile] /zh idle median ${median(idle).toFixed(0)} ms; beside ${refusals.length} nested-fragment requests: median ${median(underAttack.map((r) => r.ms)).toFixed(0)} ms, max ${Math.max(...underAttack.map((r) => r.ms)).toFixed(0)} ms; refusals max ${Math.max(...refusals.map((r) => r.ms)).toFixed(0)} ms`,
  )
  assert.ok(refusals.length >= 4)
  for (const refusal of refusals) assert.equal(refusal.status, 400)
  for (const page of underAttack) assert.equal(page.status, 200)
  // The bound of the issue: no request over 2 s (the hostile one used to hold /zh for 18 s).
  assert.ok(Math.max(...refusals.map((r) => r.ms)) < SLOW_MS)
  assert.ok(Math.max(...underAttack.map((r) => r.ms)) < SLOW_MS)
})

test(`${COUNT} generated malformed requests: no 5xx, none over 2 s`, async () => {
  const editor = await login(base, 'editor@example.com', 'demo-editor-2026')
  assert.ok(editor, 'the demo editor logs in')
  const started = Date.now()
  const tally = await sendHostile({
    base,
    count: COUNT,
    seed: SEED,
    concurrency: 4,
    slowMs: SLOW_MS,
    tokens: { editor },
    actionIds: serverActionIds(root),
  })
  console.info(
    `[hostile] seed ${SEED}: ${tally.sent} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, slowest ${tally.maxMs.toFixed(0)} ms; by class ${JSON.stringify(tally.byClass)}`,
  )
  for (const line of [...tally.fivexx, ...tally.slow, ...tally.errors].slice(0, 40)) console.info(`[hostile] ${line}`)
  assert.equal(tally.sent, COUNT)
  assert.deepEqual(tally.errors, [], 'connection errors')
  assert.deepEqual(tally.fivexx, [], '5xx answers')
  assert.deepEqual(tally.slow, [], `requests over ${SLOW_MS} ms`)
})

test('addresses of every length up to what Node accepts get an answer a client can read; past 6 KB a localized 414', async () => {
  // Node's parser takes a request line and headers of up to 16 KB; each length class is tried on
  // each kind of path, with and without the trailing slash that Next.js answers with a redirect
  // repeating the address (Location and Refresh).
  const prefixes = ['/zh/parks', '/en/search', '/api/parks', '/api/globals/site-settings/versions', '/admin']
  const random = (seed) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const next = random(SEED)
  const answers = []
  for (let i = 0; i < 60; i++) {
    const prefix = prefixes[i % prefixes.length]
    const length = Math.floor(next() * 15_000)
    const slash = next() < 0.5 ? '/' : ''
    const value = 'a%20'.repeat(Math.ceil(length / 4)).slice(0, length)
    const url = `${prefix}${slash}?q=${value}`
    const english = next() < 0.5
    try {
      const response = await fetch(base + url, {
        redirect: 'manual',
        headers: { 'accept-language': english ? 'en' : 'zh-CN' },
      })
      const body = await response.text()
      answers.push({ url: url.length, status: response.status, body, english })
    } catch (error) {
      answers.push({ url: url.length, status: `error ${error.cause?.code ?? error.name}` })
    }
  }
  for (const answer of answers) {
    const label = `${answer.url} characters → ${answer.status}`
    assert.equal(typeof answer.status, 'number', label)
    assert.ok(answer.status < 500, label)
    if (answer.url > 6 * 1024) {
      assert.equal(answer.status, 414, label)
      assert.match(answer.body, answer.english ? /too long \(limit 6 KB\)/ : /地址过长（上限 6 KB）/, label)
    } else assert.notEqual(answer.status, 414, label)
  }
  assert.ok(answers.some((a) => a.url > 6 * 1024) && answers.some((a) => a.url <= 6 * 1024))
})
