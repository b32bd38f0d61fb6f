/**
 * `npm run test:cluster` (second part): the portal on PostgreSQL across hosts (issue 24). Each piece
 * has its own address in its own network namespace, joined by veth pairs on one bridge, all made
 * here and removed afterwards (also when a step fails):
 *
 *   10.213.77.1   this test, nginx (TLS, the shipped site), Redis          (the bridge)
 *   10.213.77.2   PostgreSQL primary                                       (netns portal-primary)
 *   10.213.77.3   PostgreSQL streaming replica, made with pg_basebackup    (netns portal-replica)
 *   10.213.77.11  app instance A (server.mjs, the production build)        (netns portal-app-a)
 *   10.213.77.12  app instance B                                           (netns portal-app-b)
 *
 * The instances write to the primary and read from the replica (DATABASE_READ_URIS). The steps show,
 * and fail unless:
 * - the replica streams from the primary, and the instances' reads reach it;
 * - a document published through A is served by B, and through nginx, within 5 s in all languages;
 * - with the replica stopped under load, reads keep working (they go to the primary): no failure;
 * - with the primary cut off the network, a write is answered 201 or 503 with Retry-After (never a
 *   500, never a wait without bound), and every write answered 201 is on the primary and the replica
 *   afterwards; reads keep working meanwhile;
 * - killing an app instance under load loses no request (nginx retries the idempotent ones).
 * Needs root (namespaces), PostgreSQL's server binaries, nginx and redis-server (.ci/run installs
 * them); says SKIPPED and why otherwise, and fails in CI. Uses the build of the last `npm run
 * test:e2e` when there is one, otherwise builds. Writes test-results/hosts.json.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'

import { postgresBin, postgresClient } from '../../scripts/lib/postgres.mjs'
import { loadThrough, publishAndSee, signal, sleep, start, stepper, stopAll, until, which } from './lib.mjs'
import { certificate, httpsClient, startNginx } from './front.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const NET = '10.213.77'
const BRIDGE = 'portalbr0'
const HOSTS = {
  primary: { address: `${NET}.2`, netns: 'portal-primary' },
  replica: { address: `${NET}.3`, netns: 'portal-replica' },
  A: { address: `${NET}.11`, netns: 'portal-app-a' },
  B: { address: `${NET}.12`, netns: 'portal-app-b' },
}
const PORTS = { postgres: 5432, app: 3000, redis: 6391, https: 9443, http: 9080 }
const ADMIN = { email: 'admin@example.com', password: 'demo-admin-2026' }
const results = {}
const log = (line) => console.log(`[hosts] ${line}`)

const missing = [
  process.getuid?.() !== 0 && 'root (network namespaces)',
  !which('ip') && 'iproute2',
  !postgresBin() && 'PostgreSQL server binaries (apt-get install postgresql)',
  !which('nginx') && 'nginx',
  !which('redis-server') && 'redis-server',
].filter(Boolean)
const skip = missing.length ? `SKIPPED: needs ${missing.join(', ')}` : false
if (skip) {
  console.log(`[hosts] ${skip}`)
  if (process.env.CI) process.exitCode = 1
}

const work = skip ? '' : mkdtempSync(path.join(tmpdir(), 'portal-hosts-'))
const children = []
const origin = `https://localhost:${PORTS.https}`
const direct = { A: `http://${HOSTS.A.address}:${PORTS.app}`, B: `http://${HOSTS.B.address}:${PORTS.app}` }
const databaseUri = (host) => `postgres://postgres@${HOSTS[host].address}:${PORTS.postgres}/portal`
let front
let staff
const instances = {}

// --- Hosts: namespaces on one bridge ------------------------------------------------------------
const ip = (...args) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] })
const inHost = (host, command, args) => ['ip', ['netns', 'exec', HOSTS[host].netns, command, ...args]]

function removeNetwork() {
  for (const { netns } of Object.values(HOSTS)) {
    // Whatever still runs in a namespace goes with it (a namespace outlives its processes otherwise).
    const pids = spawnSync('ip', ['netns', 'pids', netns], { encoding: 'utf8' }).stdout?.trim().split(/\s+/) ?? []
    for (const pid of pids.filter(Boolean)) spawnSync('kill', ['-9', pid])
    spawnSync('ip', ['netns', 'del', netns])
  }
  spawnSync('ip', ['link', 'del', BRIDGE])
}

function makeNetwork() {
  removeNetwork() // what a run that was killed may have left
  ip('link', 'add', BRIDGE, 'type', 'bridge')
  ip('addr', 'add', `${NET}.1/24`, 'dev', BRIDGE)
  ip('link', 'set', BRIDGE, 'up')
  for (const [name, { address, netns }] of Object.entries(HOSTS)) {
    const outside = `pv-${name.toLowerCase()}`.slice(0, 15)
    ip('netns', 'add', netns)
    ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', netns)
    ip('link', 'set', outside, 'master', BRIDGE, 'up')
    ip('netns', 'exec', netns, 'ip', 'addr', 'add', `${address}/24`, 'dev', 'eth0')
    ip('netns', 'exec', netns, 'ip', 'link', 'set', 'eth0', 'up')
    ip('netns', 'exec', netns, 'ip', 'link', 'set', 'lo', 'up')
  }
}

/** Cuts a host off the network (its interface down: packets go nowhere, nothing is refused), or back. */
const setLink = (host, state) => ip('netns', 'exec', HOSTS[host].netns, 'ip', 'link', 'set', 'eth0', state)

// --- PostgreSQL: a primary and a streaming replica --------------------------------------------
const postgresUid = () => Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
const dataDir = (host) => path.join(work, host, 'data')

function asPostgres(host, program, args) {
  const [command, argv] = inHost(host, 'runuser', ['-u', 'postgres', '--', path.join(postgresBin(), program), ...args])
  const result = spawnSync(command, argv, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${program} on ${host} (${result.status}): ${result.stderr || result.stdout}`)
  return result.stdout
}

function startPostgresOn(host) {
  const settings = {
    listen_addresses: `'${HOSTS[host].address}'`,
    port: PORTS.postgres,
    unix_socket_directories: `'${path.join(work, host)}'`,
    max_connections: 200,
    wal_level: 'replica',
    max_wal_senders: 5,
    hot_standby: 'on',
    // Nothing here must outlive the run; commits are still acknowledged only once written.
    fsync: 'off',
    full_page_writes: 'off',
  }
  const flags = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ')
  const logFile = path.join(work, host, 'server.log')
  asPostgres(host, 'pg_ctl', ['-D', dataDir(host), '-l', logFile, '-o', flags, '-w', '-t', '60', 'start'])
}

const stopPostgresOn = (host, mode = 'fast') =>
  asPostgres(host, 'pg_ctl', ['-D', dataDir(host), '-m', mode, '-w', 'stop'])

async function sql(host, text, values) {
  const client = await postgresClient(databaseUri(host))
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

function makeDatabases() {
  chmodSync(work, 0o755) // mkdtemp makes it 0700; the postgres user works below it
  for (const host of ['primary', 'replica']) {
    mkdirSync(path.join(work, host), { recursive: true })
    chownSync(path.join(work, host), postgresUid(), 0)
  }
  asPostgres('primary', 'initdb', ['-D', dataDir('primary'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8'])
  appendFileSync(
    path.join(dataDir('primary'), 'pg_hba.conf'),
    `host all all ${NET}.0/24 trust\nhost replication all ${NET}.0/24 trust\n`,
  )
  startPostgresOn('primary')
  asPostgres('primary', 'createdb', ['-h', HOSTS.primary.address, '-U', 'postgres', 'portal'])
  // The replica: a base backup of the primary over the network, set up to stream from it (-R).
  asPostgres('replica', 'pg_basebackup', [
    ...['-h', HOSTS.primary.address, '-U', 'postgres', '-D', dataDir('replica')],
    ...['-R', '-X', 'stream', '-c', 'fast'],
  ])
  startPostgresOn('replica')
}

// --- The portal ---------------------------------------------------------------------------------
const baseEnv = {
  ...process.env,
  PAYLOAD_SECRET: 'hosts-test-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: databaseUri('primary'),
  MEDIA_DIR: path.join(work, 'media'),
}

async function startInstance(name) {
  const env = {
    ...baseEnv,
    DATABASE_READ_URIS: databaseUri('replica'),
    // Waits bounded tighter than the defaults (5 s, 15 s), so that the outage below is short.
    DATABASE_CONNECT_TIMEOUT_MS: '2000',
    DATABASE_QUERY_TIMEOUT_MS: '3000',
    PORT: String(PORTS.app),
    HOSTNAME: HOSTS[name].address,
    INSTANCE_ID: `instance-${name}`,
    NEXT_PUBLIC_SERVER_URL: origin,
    TRUST_PROXY: '1',
    REDIS_URL: `redis://${NET}.1:${PORTS.redis}`,
    WARM_PAGES: '0',
  }
  const [command, argv] = inHost(name, process.execPath, [path.join(root, 'server.mjs')])
  const child = start(command, argv, { cwd: root, env, log: path.join(work, `instance-${name}.log`) })
  children.push(child)
  instances[name] = child
  const ready = until(
    `instance ${name} ready`,
    async () => (await fetch(`${direct[name]}/api/health/ready`)).ok,
    120_000,
    200,
  )
  const ms = await Promise.race([
    ready,
    child.exited.then(({ code, signal }) => {
      throw new Error(
        `instance ${name} exited (${signal ?? code}) before it was ready: see ${work}/instance-${name}.log`,
      )
    }),
  ])
  log(`instance ${name} on ${HOSTS[name].address} (pid ${child.pid}) ready in ${ms} ms`)
  return ms
}

const steps = stepper()
const step = (name, body) => steps.step(name, body, { skip })

/** Transactions a database host has run on the portal's database (each read is one). */
const transactions = async (host) =>
  Number(
    (
      await sql(host, `SELECT (xact_commit + xact_rollback)::int AS n FROM pg_stat_database WHERE datname = 'portal'`)
    )[0].n,
  )

/**
 * Sends `count` reads nobody asked before through nginx and waits (statistics are reported about
 * once a second) until the replica has run at least that many transactions more: they reached it.
 */
async function readsReachReplica(count = 20) {
  const before = await transactions('replica')
  for (let i = 0; i < count; i++) assert.equal((await front(`${origin}${freshRead()}`)).status, 200)
  let delta = 0
  await until(
    `${count} reads on the replica`,
    async () => (delta = (await transactions('replica')) - before) >= count,
    10_000,
    250,
  )
  return delta
}

/** Anonymous API reads nobody has asked before: each one reaches the database. */
let readCount = 0
const freshRead = () =>
  `/api/news?limit=2&depth=0&where[title][like]=${encodeURIComponent(`x${++readCount}`)}&locale=${readCount % 2 ? 'zh' : 'en'}`

before(
  async () => {
    if (skip) return
    await steps.guard(setUp)
  },
  { timeout: 15 * 60_000 },
)

async function setUp() {
  const started = Date.now()
  makeNetwork()
  log(
    `network: bridge ${BRIDGE} ${NET}.1/24, namespaces ${Object.values(HOSTS)
      .map((h) => h.netns)
      .join(', ')}`,
  )
  makeDatabases()
  log(`PostgreSQL primary on ${HOSTS.primary.address}, replica (pg_basebackup -R) on ${HOSTS.replica.address}`)
  const seeded = Date.now()
  execFileSync('npx', ['payload', 'run', 'seed/run.ts'], { cwd: root, env: baseEnv, stdio: 'inherit' })
  results.seedSeconds = (Date.now() - seeded) / 1000
  log(`seeded through the primary in ${results.seedSeconds.toFixed(1)} s`)
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    log('building')
    execFileSync('npx', ['next', 'build'], { cwd: root, env: baseEnv, stdio: 'inherit' })
  }
  children.push(
    start(
      which('redis-server'),
      [
        '--port',
        String(PORTS.redis),
        '--bind',
        `${NET}.1`,
        '--protected-mode',
        'no',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { env: process.env, log: path.join(work, 'redis.log') },
    ),
  )
  // One after the other: the first applies any pending migration before the second connects.
  await startInstance('A')
  await startInstance('B')
  const tls = certificate(path.join(work, 'tls'))
  front = httpsClient(tls.ca)
  children.push(
    startNginx({
      nginx: which('nginx'),
      dir: path.join(work, 'nginx'),
      upstreams: [`${HOSTS.A.address}:${PORTS.app}`, `${HOSTS.B.address}:${PORTS.app}`],
      tls,
      httpPort: PORTS.http,
      httpsPort: PORTS.https,
    }),
  )
  await until('nginx', async () => (await front(`${origin}/api/health`)).status === 200, 10_000)
  const login = await front(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  assert.equal(login.status, 200, `admin login: ${login.body}`)
  staff = { authorization: `JWT ${JSON.parse(login.body.toString('utf8')).token}` }
  results.setupSeconds = (Date.now() - started) / 1000
  log(`set up in ${results.setupSeconds.toFixed(1)} s; nginx on :${PORTS.https} in front of A and B`)
}

after(async () => {
  if (skip) return
  await stopAll(children)
  for (const host of ['replica', 'primary']) {
    try {
      stopPostgresOn(host, 'immediate')
    } catch {
      // not running
    }
  }
  removeNetwork()
  mkdirSync(path.join(root, 'test-results'), { recursive: true })
  writeFileSync(path.join(root, 'test-results', 'hosts.json'), JSON.stringify(results, null, 2))
  if (steps.failed) log(`logs kept in ${work}`)
  else rmSync(work, { recursive: true, force: true })
})

step('the replica streams from the primary, and the instances read from it', async () => {
  const [stream] = await sql('primary', `SELECT host(client_addr) AS addr, state FROM pg_stat_replication`)
  assert.deepEqual(stream, { addr: HOSTS.replica.address, state: 'streaming' })
  assert.deepEqual(await sql('replica', 'SELECT pg_is_in_recovery() AS standby'), [{ standby: true }])
  const onReplica = await readsReachReplica()
  results.replication = { stream, replicaTransactionsFor20Reads: onReplica }
  log(
    `replication: ${JSON.stringify(stream)}; 20 fresh reads through nginx ran ${onReplica} transactions on the replica`,
  )
})

step('a document published through A is served by B and through nginx within 5 s', async () => {
  results.publish = await publishAndSee({ writer: direct.A, reader: direct.B, staff, front, origin })
  log(`publish through A (${results.publish.savedMs} ms): seen ${JSON.stringify(results.publish.seenAfterSaveMs)}`)
})

step('the replica stopped under load: reads go to the primary, none fails; then back to the replica', async () => {
  const events = []
  const started = Date.now()
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const pages = ['/zh', '/en/parks', '/zh-hant/policies', '/zh/news']
  const load = await loadThrough({
    front,
    origin,
    // One request in three a read nobody asked before: it reaches the database.
    urls: (i) => (i % 3 === 0 ? freshRead() : pages[i % pages.length]),
    seconds: 16,
    workers: 6,
    script: async () => {
      await sleep(3_000)
      stopPostgresOn('replica')
      events.push(`${at()}: replica stopped (pg_ctl stop -m fast)`)
      await sleep(8_000)
      startPostgresOn('replica')
      events.push(`${at()}: replica started again`)
    },
  })
  results.replicaStopped = { ...load, events }
  log(
    `replica stopped under load: ${load.requests} requests, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  for (const event of events) log(`  ${event}`)
  assert.equal(load.failed, 0, `reads failed: ${JSON.stringify(load.failures)}`)
  // Once its rest is over (DATABASE_REPLICA_RETRY_MS, 5 s), the replica serves the reads again.
  await sleep(5_000)
  results.replicaStopped.backOnReplica = await readsReachReplica()
  log(`reads back on the replica afterwards (${results.replicaStopped.backOnReplica} transactions for 20 fresh reads)`)
})

step('the primary cut off: writes answered 201 or 503 with Retry-After, none lost; reads go on', async () => {
  const writes = []
  let n = 0
  let writing = true
  let linkUpAt = Infinity
  const write = async () => {
    const name = `HOSTS-${process.pid}-${++n}`
    const sent = Date.now()
    const response = await front(`${origin}/api/industries?locale=en`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ name }),
    })
    const body = response.body.toString('utf8')
    writes.push({
      name,
      sent,
      ms: Date.now() - sent,
      status: response.status,
      retryAfter: response.headers['retry-after'],
      body,
    })
  }
  const writer = async () => {
    while (writing) {
      await write()
      await sleep(200)
    }
  }
  const events = []
  const started = Date.now()
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const writers = Array.from({ length: 4 }, writer)
  const load = await loadThrough({
    front,
    origin,
    urls: ['/zh', '/en/news', '/zh-hant/parks', '/en/policies', '/api/health'],
    seconds: 20,
    workers: 4,
    script: async () => {
      await sleep(3_000)
      setLink('primary', 'down')
      events.push(`${at()}: primary cut off (its interface down)`)
      await sleep(10_000)
      setLink('primary', 'up')
      linkUpAt = Date.now()
      events.push(`${at()}: primary reachable again`)
    },
  })
  // Writing on until writes succeed again after the link came back.
  await until(
    'writes succeed again',
    async () => writes.filter((w) => w.sent > linkUpAt && w.status === 201).length >= 3,
    60_000,
    250,
  )
  writing = false
  await Promise.all(writers)
  const tally = {}
  for (const w of writes) tally[w.status] = (tally[w.status] ?? 0) + 1
  const refused = writes.filter((w) => w.status === 503)
  const slowest = Math.max(...writes.map((w) => w.ms))
  results.primaryCut = { writes: writes.length, tally, slowestWriteMs: slowest, readLoad: load, events }
  log(`primary cut off: ${writes.length} writes ${JSON.stringify(tally)}, slowest answer ${slowest} ms`)
  log(`  reads meanwhile: ${load.requests}, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`)
  for (const event of events) log(`  ${event}`)
  assert.deepEqual(Object.keys(tally).sort(), ['201', '503'], `only 201 and 503: ${JSON.stringify(tally)}`)
  assert.ok(refused.length >= 2, 'writes during the outage were answered 503')
  for (const w of refused) {
    assert.equal(w.retryAfter, '5', 'a 503 says when to try again')
    assert.match(JSON.parse(w.body).errors[0].message, /database cannot be reached/)
  }
  assert.equal(load.failed, 0, `reads failed during the outage: ${JSON.stringify(load.failures)}`)
  // Every write answered 201 is on the primary, and reaches the replica.
  const acknowledged = writes.filter((w) => w.status === 201).map((w) => w.name)
  const stored = async (host) =>
    new Set(
      (await sql(host, `SELECT name FROM industries_locales WHERE name LIKE $1`, [`HOSTS-${process.pid}-%`])).map(
        (row) => row.name,
      ),
    )
  const onPrimary = await stored('primary')
  assert.deepEqual(
    acknowledged.filter((name) => !onPrimary.has(name)),
    [],
    'acknowledged writes missing on the primary',
  )
  await until(
    'the replica has caught up',
    async () => {
      const onReplica = await stored('replica')
      return acknowledged.every((name) => onReplica.has(name))
    },
    15_000,
    200,
  )
  const storedAnyway = refused.filter((w) => onPrimary.has(w.name)).length
  results.primaryCut.acknowledged = acknowledged.length
  results.primaryCut.answered503ButStored = storedAnyway
  log(
    `  all ${acknowledged.length} acknowledged writes are on the primary and the replica; ${storedAnyway} answered 503 were stored all the same (a commit whose answer was lost)`,
  )
})

step('an app instance killed under load: no request lost', async () => {
  const events = []
  const load = await loadThrough({
    front,
    origin,
    urls: ['/zh', '/en', '/zh-hant', '/zh/news', '/en/parks', '/api/health'],
    seconds: 12,
    script: async () => {
      await sleep(4_000)
      signal(instances.B, 'SIGKILL')
      events.push('4 s: SIGKILL instance B')
      await instances.B.exited
    },
  })
  results.instanceKilled = { ...load, events }
  log(
    `instance B killed under load: ${load.requests} requests, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  assert.equal(load.failed, 0, `requests lost: ${JSON.stringify(load.failures)}`)
})
