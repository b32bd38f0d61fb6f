/** The cluster test's steps on the front, the jobs, publishing and the limits (see ../cluster.mjs). */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { sharedRedis } from '../../../lib/server/redis.mjs'
import { publishAndSee, sleep, until } from '../lib.mjs'
import { http2Get } from '../front.mjs'
import { ca, direct, front, health, log, origin, PORTS, results, root, staff, step } from './setup.mjs'

step(
  "Next's cache handler on its own, against this Redis: round trip, tag revalidation, render window, keys per build",
  async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORTS.redis}`
    const { default: RedisCacheHandler, RENDER_WINDOW_MS } = await import('../../../lib/server/cacheHandler.mjs')
    await until('redis', async () => (await sharedRedis().ping()) === 'PONG', 10_000)
    const handler = new RedisCacheHandler({ serverDistDir: path.join(root, '.next', 'server') })
    const page = {
      kind: 'APP_PAGE',
      html: '<h1>赣州</h1>',
      rscData: Buffer.from('rsc payload'),
      segmentData: new Map([['/_tree', Buffer.from([0, 1, 2, 255])]]),
      headers: { 'x-next-cache-tags': 'probe-page,probe-layout' },
      status: 200,
    }
    const read = () => handler.get('/probe', { kind: 'APP_PAGE' })
    await handler.set('/probe', page, { cacheControl: { revalidate: false } })
    const hit = await read()
    assert.deepEqual(hit.value, page, 'an entry comes back as stored (Buffers and Maps included)')
    assert.ok(Buffer.isBuffer(hit.value.rscData) && hit.value.segmentData instanceof Map)
    await handler.revalidateTag(['probe-layout'])
    assert.equal(await read(), null, 'revalidated: gone for every instance')
    // Stored right after the revalidation: possibly rendered before it, so not kept as new.
    await handler.set('/probe', page, { cacheControl: { revalidate: false } })
    assert.equal(await read(), null, 'a render that straddles a revalidation is read as stale')
    await sleep(RENDER_WINDOW_MS + 100)
    await handler.set('/probe', page, { cacheControl: { revalidate: false } })
    assert.ok(await read(), 'stored after the window: a hit')
    const keys = await sharedRedis().keys('portal:cache:*probe')
    const build = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim()
    assert.deepEqual(keys, [`portal:cache:${build}:/probe`], 'entries are kept under the build id')
    log(`cache handler: round trip, tag revalidation, the ${RENDER_WINDOW_MS} ms render window, keys per build`)
  },
)

step('the front: TLS, HTTP/2, gzip, immutable built files, 413 for an oversized body, http → https', async () => {
  const h2 = await http2Get(origin, '/zh', ca)
  assert.equal(h2.status, 200)
  assert.equal(h2.protocol, 'h2')
  const page = await front(`${origin}/zh`, { headers: { 'accept-encoding': 'gzip' } })
  assert.equal(page.status, 200)
  assert.equal(page.headers['content-encoding'], 'gzip')
  assert.match(String(page.headers['strict-transport-security']), /max-age=31536000/)
  const html = (await front(`${origin}/zh`)).body.toString('utf8')
  const script = html.match(/\/_next\/static\/[^"']+\.js/)?.[0]
  assert.ok(script, 'a built script on the home page')
  const asset = await front(`${origin}${script}`)
  assert.equal(asset.status, 200)
  assert.match(String(asset.headers['cache-control']), /max-age=31536000.*immutable/)
  const plain = await fetch(`http://localhost:${PORTS.http}/zh/parks`, { redirect: 'manual' })
  assert.equal(plain.status, 301)
  assert.equal(plain.headers.get('location'), `${origin}/zh/parks`)
  const big = await front(`${origin}/api/media`, {
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(12 * 1024 * 1024) },
    body: Buffer.alloc(12 * 1024 * 1024),
  })
  assert.equal(big.status, 413)
  assert.match(big.body.toString('utf8'), /请求内容过大.*too large/)
  results.front = {
    http2: h2.protocol,
    gzip: true,
    staticCache: asset.headers['cache-control'],
    oversized: big.status,
  }
  log(
    `front: HTTP/2 ${h2.protocol}, gzip, ${script.split('/').pop()} "${asset.headers['cache-control']}", 12 MB body → ${big.status}, http → 301`,
  )
})

step('the microcache: anonymous pages from nginx, never a signed-in answer, the API or the admin', async () => {
  const page = '/zh/policies'
  await front(`${origin}${page}`)
  await until(
    'a page from the cache',
    async () => (await front(`${origin}${page}`)).headers['x-cache'] === 'HIT',
    5_000,
    50,
  )
  // Signed in (or previewing): straight to the app, and nothing it answers is kept.
  for (const cookie of ['payload-token=not-a-real-token', 'a=b; __prerender_bypass=x']) {
    const signedIn = await front(`${origin}${page}`, { headers: { cookie } })
    assert.equal(signedIn.status, 200)
    assert.equal(signedIn.headers['x-cache'], 'BYPASS', cookie)
  }
  for (const path of ['/api/news?limit=1&depth=0', '/admin/login', '/next/preview']) {
    await front(`${origin}${path}`)
    const again = await front(`${origin}${path}`)
    assert.notEqual(again.headers['x-cache'], 'HIT', path)
  }
  // An answer the app marks as personal is not kept: a registration's cancel page (its link carries
  // the registrant's token) is rendered per request and says so.
  const { docs } = await (await fetch(`${direct.A}/api/events?limit=1&depth=0`)).json()
  const cancel = `/zh/events/${docs[0].slug}/cancel?ref=EV-TEST&token=not-a-real-token`
  const personal = await front(`${origin}${cancel}`)
  assert.match(String(personal.headers['cache-control']), /no-store|private/)
  assert.notEqual((await front(`${origin}${cancel}`)).headers['x-cache'], 'HIT')
  // What it is worth: a cached page beside the built file nearest its size, from the same nginx
  // cache (a measurement, reported, not asserted: `npm run bench` is where speed is judged).
  const html = (await front(`${origin}/zh`)).body.toString('utf8')
  const pageBytes = (await front(`${origin}${page}`)).body.length
  const scripts = [...new Set([...html.matchAll(/\/_next\/static\/[^"']+\.js/g)].map(([path]) => path))]
  const sized = await Promise.all(
    scripts.map(async (path) => ({ path, bytes: (await front(`${origin}${path}`)).body.length })),
  )
  const script = sized.sort((a, b) => Math.abs(a.bytes - pageBytes) - Math.abs(b.bytes - pageBytes))[0].path
  const rate = async (path) => {
    const result = await autocannon({ url: `${origin}${path}`, connections: 16, duration: 5 })
    return {
      rps: Math.round(result.requests.average),
      non2xx: result.non2xx,
      bytes: Math.round(result.throughput.average / result.requests.average),
    }
  }
  await rate(script) // warm
  const [file, cached] = [await rate(script), await rate(page)]
  results.microcache = {
    page,
    file: { path: script, ...file },
    cached,
    ratio: Number((cached.rps / file.rps).toFixed(2)),
  }
  assert.equal(cached.non2xx, 0)
  log(
    `microcache: ${page} ${cached.rps} req/s (${cached.bytes} B) beside a built file ${file.rps} req/s (${file.bytes} B) through the same nginx: ratio ${results.microcache.ratio}`,
  )
})

step('exactly one instance runs the jobs', async () => {
  await until(
    'a job runner',
    async () => (await health('A')).jobs.ticks + (await health('B')).jobs.ticks >= 3,
    20_000,
    500,
  )
  const [a, b] = [await health('A'), await health('B')]
  const runners = [a, b].filter((state) => state.jobs.runner)
  assert.equal(runners.length, 1, `exactly one runner: A ${JSON.stringify(a.jobs)}, B ${JSON.stringify(b.jobs)}`)
  const idle = runners[0] === a ? b : a
  assert.equal(idle.jobs.ticks, 0, 'the other instance never ran the queue')
  results.jobs = { runner: runners[0].instance, ticks: runners[0].jobs.ticks, otherTicks: idle.jobs.ticks }
  log(`job runner: ${runners[0].instance} (${runners[0].jobs.ticks} ticks), ${idle.instance}: ${idle.jobs.ticks} ticks`)
})

step('a document published through A is served by B and through nginx within 5 s', async () => {
  results.publish = await publishAndSee({ writer: direct.A, reader: direct.B, staff, front, origin })
  log(
    `published through A (both saves ${results.publish.savedMs} ms); seen on B and through nginx (ms after the saves): ${JSON.stringify(results.publish.seenAfterSaveMs)}`,
  )
})

step('the enquiry limit counts across instances; a forged X-Forwarded-For does not dodge it', async () => {
  const tokenFor = async () => (await (await fetch(`${direct.A}/api/form-token`)).json()).token
  // One form token per submission (a token stores one), past their minimum fill time.
  const formTokens = await Promise.all(Array.from({ length: 14 }, tokenFor))
  await sleep(3200)
  const enquiry = (n, locale = 'zh') =>
    JSON.stringify({
      company: `集群测试企业 ${n}（示例）`,
      contactName: '测试',
      email: 'cluster@example.com',
      phone: '+86 20 1234 5678',
      origin: '广东省广州市',
      investment: '10m-50m',
      premises: 'factory',
      message: '集群测试：限流在各实例间共同计数。',
      preferredLanguage: locale,
      consent: 'on',
      locale,
      startedAt: formTokens[n],
    })
  // As nginx would pass them: one client address, instances taking turns.
  const client = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7', 'accept-language': 'zh-CN' }
  const sequence = ['A', 'B', 'A', 'B', 'A']
  const statuses = []
  for (const [i, name] of sequence.entries()) {
    const response = await fetch(`${direct[name]}/api/enquiries/submit`, {
      method: 'POST',
      headers: client,
      body: enquiry(i),
    })
    statuses.push(`${name}:${response.status}`)
    if (response.status === 429) assert.match((await response.json()).message, /提交过于频繁/)
  }
  assert.deepEqual(statuses, ['A:201', 'B:201', 'A:201', 'B:429', 'A:429'])
  // Through nginx, a client inventing a new X-Forwarded-For each time is still one address.
  const forged = []
  for (let i = 0; i < 4; i++) {
    const response = await front(`${origin}/api/enquiries/submit`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${i + 1}`,
        'accept-language': 'en',
      },
      body: enquiry(10 + i, 'en'),
    })
    forged.push(response.status)
    if (response.status === 429) assert.match(JSON.parse(response.body.toString('utf8')).message, /too many|Too many/i)
  }
  assert.deepEqual(forged, [201, 201, 201, 429])
  results.rateLimit = { acrossInstances: statuses, forgedForwardedFor: forged }
  log(
    `rate limit (3 per address): ${statuses.join(' ')}; through nginx with forged X-Forwarded-For: ${forged.join(' ')}`,
  )
})

step('login throttling across instances, counted atomically; the account still logs in elsewhere', async () => {
  const attempt = (password, headers = {}) =>
    front(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body: JSON.stringify({ email: 'reviewer@example.com', password }),
    })
  // Twelve wrong passwords at once from one address, spread by nginx over both instances.
  const burst = await Promise.all(Array.from({ length: 12 }, () => attempt('not-the-password')))
  const tally = (status) => burst.filter((response) => response.status === status).length
  assert.equal(tally(401), 5, `5 wrong-password answers, then refusals: ${burst.map((r) => r.status)}`)
  assert.equal(tally(429), 7)
  const refusal = JSON.parse(burst.find((response) => response.status === 429).body.toString('utf8'))
  assert.match(refusal.errors[0].message, /Too many failed logins/)
  // The account is not locked: from another address (as nginx passes it to an instance), it logs in.
  const elsewhere = await fetch(`${direct.B}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.44' },
    body: JSON.stringify({ email: 'reviewer@example.com', password: 'demo-reviewer-2026' }),
  })
  assert.equal(elsewhere.status, 200)
  results.loginThrottle = { burst: 12, wrongPassword: tally(401), refused: tally(429), otherAddressLogin: 200 }
  log(
    `login throttling: 12 wrong passwords at once over both instances → ${tally(401)} × 401, ${tally(429)} × 429; the account logs in from another address`,
  )
})
