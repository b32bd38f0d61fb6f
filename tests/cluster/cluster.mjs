/**
 * `npm run test:cluster`: the portal as several instances behind a real front (issue 17), with real
 * components started here: nginx (TLS, HTTP/2, deploy/portal.nginx.conf), Redis (Next's cache,
 * the limits and the job-runner lease), an S3-compatible server (s3rver, for uploads) and two app instances
 * (server.mjs, the production build) on one SQLite database. Its steps are node:test tests (one
 * set-up hook, then one test per claim, in order); it shows, and fails unless:
 * - nginx answers over TLS and HTTP/2, compresses, caches built files for a year, refuses an
 *   oversized body and a flood of public POSTs with messages in both languages, redirects http to https;
 * - exactly one instance runs the scheduled jobs;
 * - a document published through instance A is served updated by instance B, directly and through
 *   nginx, within 5 s, in all three languages;
 * - the enquiry rate limit counts across instances, and a forged X-Forwarded-For does not dodge it;
 * - a burst of wrong passwords over both instances is held to the login limit exactly, and the
 *   account still logs in from another address;
 * - a file uploaded through A is in the bucket and served through B;
 * - during 30 s of load through nginx, one instance killed (SIGKILL), restarted, and the other
 *   stopped (SIGTERM) lose no request; the job runner then moves to the surviving instance.
 * Uses the build and the database of the last `npm run test:e2e` when they are there (npm test runs
 * this after it), otherwise builds and seeds. Prints the numbers; writes test-results/cluster.json.
 * CLUSTER_KEEP=1 leaves it running afterwards, to look at in a browser.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'

import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'

import { sharedRedis } from '../../lib/server/redis.mjs'
import { loadThrough, publishAndSee, signal, sleep, start, stepper, stopAll, until, which } from './lib.mjs'
import { certificate, http2Get, httpsClient, startNginx } from './front.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const PORTS = { https: 8443, http: 8080, a: 3301, b: 3302, redis: 6390, s3: 4590 }
const BUCKET = 'portal-media'
const ADMIN = { email: 'admin@example.com', password: 'demo-admin-2026' }
const LOAD_SECONDS = 30
const results = {}
const log = (line) => console.log(`[cluster] ${line}`)

const nginx = which('nginx')
const redisServer = which('redis-server')
if (!nginx || !redisServer) {
  const missing = [!nginx && 'nginx', !redisServer && 'redis-server'].filter(Boolean).join(' and ')
  console.log(
    `[cluster] SKIPPED: ${missing} not installed (apt-get install -y nginx-light redis-server; .ci/run does this).`,
  )
  process.exit(process.env.CI ? 1 : 0)
}

const work = mkdtempSync(path.join(tmpdir(), 'portal-cluster-'))
chmodSync(work, 0o755)
const children = []

// Set up by setUp() and shared by the steps.
let env
let s3
let s3Client
let tls
let ca
let front
let instanceEnv
let startInstance
let staff
let health
const instances = {}

const steps = stepper()
const step = (name, body) => steps.step(name, body)

const origin = `https://localhost:${PORTS.https}`
const direct = { A: `http://127.0.0.1:${PORTS.a}`, B: `http://127.0.0.1:${PORTS.b}` }

/** The build, a database with the demo content, Redis, the S3 server, two instances, nginx, a staff token. */
async function setUp() {
  // --- The build and a database with the demo content ---------------------------------------
  const database = path.join(work, 'cluster.db')
  const e2eDb = path.join(root, '.e2e', 'e2e.db')
  env = {
    ...process.env,
    DATABASE_URI: `file:${database}`,
    PAYLOAD_SECRET: 'cluster-test-secret-not-for-production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const seedMedia = existsSync(e2eDb) ? path.join(root, '.e2e', 'media') : path.join(work, 'seed-media')
  if (existsSync(e2eDb)) {
    for (const suffix of ['', '-wal']) if (existsSync(e2eDb + suffix)) copyFileSync(e2eDb + suffix, database + suffix)
    log('database: a copy of the e2e run’s (.e2e/e2e.db)')
  } else {
    log('seeding a database (no .e2e/e2e.db)')
    execFileSync('npx', ['payload', 'run', 'seed/run.ts'], {
      cwd: root,
      env: { ...env, MEDIA_DIR: seedMedia },
      stdio: 'inherit',
    })
  }
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    log('building')
    execFileSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' })
  }

  // --- Redis, the S3 server (with the seeded uploads in it), a certificate ------------------
  children.push(
    start(redisServer, ['--port', String(PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      env: process.env,
      log: path.join(work, 'redis.log'),
    }),
  )
  s3 = new S3rver({
    address: '127.0.0.1',
    port: PORTS.s3,
    directory: path.join(work, 's3'),
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  })
  await s3.run()
  s3Client = new S3Client({
    endpoint: `http://127.0.0.1:${PORTS.s3}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  // The seeded uploads, where the storage adapter looks for them (the `media/` prefix); the folder also
  // holds the spreadsheet imports' own folders (lib/spreadsheets/), which are not uploads.
  const seeded = existsSync(seedMedia)
    ? readdirSync(seedMedia, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : []
  for (const file of seeded) {
    await s3Client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `media/${file}`, Body: readFileSync(path.join(seedMedia, file)) }),
    )
  }
  log(`S3 server (s3rver) on :${PORTS.s3}, ${seeded.length} seeded files put in s3://${BUCKET}/media/`)

  tls = certificate(path.join(work, 'tls'))
  ca = tls.ca
  front = httpsClient(ca)

  // --- Two app instances ----------------------------------------------------------------------
  instanceEnv = (name, port) => ({
    ...env,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    INSTANCE_ID: `instance-${name}`,
    NEXT_PUBLIC_SERVER_URL: origin,
    TRUST_PROXY: '1',
    REDIS_URL: `redis://127.0.0.1:${PORTS.redis}`,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    // Its own, empty upload folder: nothing may land there with S3 configured.
    MEDIA_DIR: path.join(work, `media-${name}`),
    // The job queue every 2 s and a 6 s lease, so that the test need not wait minutes.
    JOBS_CRON: '*/2 * * * * *',
    JOBS_LEASE_SECONDS: '6',
    ENQUIRY_RATE_LIMIT: '3',
    WARM_PAGES: '0',
  })
  startInstance = async (name) => {
    const port = name === 'A' ? PORTS.a : PORTS.b
    const child = start(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      env: instanceEnv(name, port),
      log: path.join(work, `instance-${name}.log`),
    })
    children.push(child)
    instances[name] = child
    const ms = await until(
      `instance ${name} ready`,
      async () => (await fetch(`${direct[name]}/api/health/ready`)).ok,
      120_000,
      200,
    )
    log(`instance ${name} (pid ${child.pid}) ready in ${ms} ms`)
    return ms
  }
  // One after the other: the first applies any pending migration before the second connects.
  await startInstance('A')
  await startInstance('B')

  // --- nginx ----------------------------------------------------------------------------------
  children.push(
    startNginx({
      nginx,
      dir: path.join(work, 'nginx'),
      upstreams: [`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`],
      tls,
      httpPort: PORTS.http,
      httpsPort: PORTS.https,
    }),
  )
  await until('nginx', async () => (await front(`${origin}/api/health`)).status === 200, 10_000)
  log(`nginx on :${PORTS.https} (TLS) in front of :${PORTS.a} and :${PORTS.b}`)

  // --- Staff token (through nginx) ------------------------------------------------------------
  const login = await front(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  assert.equal(login.status, 200, `admin login: ${login.body}`)
  const token = JSON.parse(login.body.toString('utf8')).token
  staff = { authorization: `JWT ${token}` }
  health = async (name) => await (await fetch(`${direct[name]}/api/health`, { headers: staff })).json()
}

before(
  async () => {
    await steps.guard(setUp)
  },
  { timeout: 10 * 60_000 },
)

after(async () => {
  if (process.env.CLUSTER_KEEP === '1' && !steps.failed) {
    // To look at it: the portal and /admin through nginx, until Ctrl-C.
    log(`kept running at ${origin} (instance A behind nginx; certificate ${tls.cert}); Ctrl-C stops it`)
    await new Promise((resolve) => process.once('SIGINT', resolve))
  }
  // Nothing may hold the process open: the S3 server and this process's own Redis client.
  await s3?.close()
  sharedRedis()?.disconnect()
  await stopAll(children)
  mkdirSync(path.join(root, 'test-results'), { recursive: true })
  writeFileSync(
    path.join(root, 'test-results', 'cluster.json'),
    JSON.stringify({ failed: steps.failed, ...results }, null, 2),
  )
  if (steps.failed) console.error(`[cluster] logs kept in ${work}`)
  else rmSync(work, { recursive: true, force: true })
})

step(
  "Next's cache handler on its own, against this Redis: round trip, tag revalidation, render window, keys per build",
  async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${PORTS.redis}`
    const { default: RedisCacheHandler, RENDER_WINDOW_MS } = await import('../../lib/server/cacheHandler.mjs')
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

step('a file uploaded through A is in the bucket and served through B', async () => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), `cluster-${randomUUID().slice(0, 8)}.png`)
  form.append('_payload', JSON.stringify({ alt: '集群测试图片（示例）' }))
  const response = await fetch(`${direct.A}/api/media?locale=zh`, { method: 'POST', headers: staff, body: form })
  assert.equal(response.status, 201, `upload through A: ${await response.clone().text()}`)
  const { doc } = await response.json()
  const fromA = Buffer.from(await (await fetch(`${direct.A}${new URL(doc.url, origin).pathname}`)).arrayBuffer())
  const viaB = await fetch(`${direct.B}${new URL(doc.url, origin).pathname}`)
  assert.equal(viaB.status, 200)
  const fromB = Buffer.from(await viaB.arrayBuffer())
  const viaFront = await front(`${origin}${new URL(doc.url, origin).pathname}`)
  assert.equal(viaFront.status, 200)
  const digest = (buffer) => createHash('sha256').update(buffer).digest('hex').slice(0, 16)
  assert.equal(digest(fromB), digest(fromA))
  assert.equal(digest(viaFront.body), digest(fromA))
  assert.equal((await sharp(fromB).metadata()).width, 64)
  const listed = await s3Client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `media/${doc.filename}` }))
  assert.ok(
    listed.Contents?.some((object) => object.Key === `media/${doc.filename}`),
    'the file is in the bucket',
  )
  for (const name of ['A', 'B']) {
    const folder = path.join(work, `media-${name}`)
    assert.ok(!existsSync(folder) || readdirSync(folder).length === 0, `nothing in instance ${name}'s own folder`)
  }
  results.upload = { file: doc.filename, bytes: fromB.length, sha256: digest(fromB), inBucket: true }
  log(
    `upload through A: ${doc.filename} in s3://${BUCKET}/media/, served by B and nginx (${fromB.length} bytes, same sha256)`,
  )
})

step('30 s of load while A is killed and restarted and B stopped: no request lost', async () => {
  const html = (await front(`${origin}/zh/news`)).body.toString('utf8')
  const detail = html.match(/href="(\/zh\/news\/[^"/?#]+)"/)?.[1]
  const urls = [
    '/zh',
    '/en',
    '/zh-hant',
    '/zh/news',
    '/en/parks',
    '/zh/policies',
    '/en/events',
    '/api/health',
    detail,
  ].filter(Boolean)
  const events = []
  const started = Date.now()
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(1)
  let stoppedAt = Infinity
  const script = async () => {
    await sleep(8_000)
    signal(instances.A, 'SIGKILL')
    events.push(`${elapsed()} s: SIGKILL instance A`)
    await instances.A.exited
    await sleep(2_000)
    events.push(`${elapsed()} s: instance A starting again`)
    const ready = await startInstance('A')
    events.push(`${elapsed()} s: instance A ready (${ready} ms)`)
    await sleep(Math.max(0, 21_000 - (Date.now() - started)))
    signal(instances.B, 'SIGTERM')
    stoppedAt = (Date.now() - started) / 1000
    events.push(`${elapsed()} s: SIGTERM instance B`)
    const exit = await instances.B.exited
    events.push(`${elapsed()} s: instance B exited (${exit.signal ?? `code ${exit.code}`})`)
  }
  const load = await loadThrough({ front, origin, urls, seconds: LOAD_SECONDS, script })
  results.load = { ...load, events }
  log(
    `load: ${load.requests} requests in ${load.seconds.toFixed(1)} s (${load.requestsPerSecond}/s), ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  for (const event of events) log(`  ${event}`)
  assert.equal(load.failed, 0, `requests lost: ${JSON.stringify(load.failures)}`)
  assert.ok(stoppedAt < LOAD_SECONDS - 2, `instance B was stopped during the load (at ${stoppedAt} s)`)
})

step('the job runner moves to the instance left', async () => {
  const ms = await until('instance A runs the jobs', async () => (await health('A')).jobs.runner === true, 15_000, 250)
  results.jobs.takeoverMs = ms
  log(`job runner after B stopped: instance-A (${ms} ms after the load ended)`)
})

step("nginx's own limit on public POSTs (last: it holds this address back for a while)", async () => {
  const flood = await Promise.all(
    Array.from({ length: 45 }, () =>
      front(`${origin}/api/enquiries/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    ),
  )
  // nginx's refusals are its bilingual text; everything else is the app's answer (400, or its own 429).
  const fromNginx = (response) => String(response.headers['content-type']).startsWith('text/plain')
  const refused = flood.filter((response) => response.status === 429 && fromNginx(response))
  const answered = flood.filter((response) => !fromNginx(response))
  assert.equal(refused.length + answered.length, flood.length)
  assert.ok(
    refused.length >= 10 && answered.length >= 30,
    `${answered.length} reached the app, ${refused.length} × 429`,
  )
  assert.match(refused[0].body.toString('utf8'), /请求过于频繁.*Too many requests/)
  // Staff saves and uploads are not counted: a signed-in request to the API still gets through.
  const staffPost = await front(`${origin}/api/industries`, {
    method: 'POST',
    headers: { ...staff, 'content-type': 'application/json' },
    body: '{}',
  })
  assert.notEqual(staffPost.status, 429)
  results.nginxPostLimit = { sent: flood.length, answeredByApp: answered.length, refusedByNginx: refused.length }
  log(
    `nginx POST limit: 45 at once → ${answered.length} reached the app, ${refused.length} × 429 from nginx; an API save is not held back (${staffPost.status})`,
  )
})
