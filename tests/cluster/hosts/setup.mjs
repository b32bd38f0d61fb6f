/**
 * The set-up of the cluster test across hosts (../hosts.mjs), shared by its steps: the network, the
 * databases, the seed, Redis, two app instances and nginx. What it starts is exported as live
 * bindings, assigned by setUp() before the first step runs.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { start, stepper, until, which } from '../lib.mjs'
import { certificate, httpsClient, startNginx } from '../front.mjs'
import {
  BRIDGE,
  databaseUri,
  HOSTS,
  inHost,
  log,
  makeNetwork,
  NET,
  PORTS,
  results,
  root,
  skip,
  work,
} from './place.mjs'
import { makeDatabases, sql } from './postgres.mjs'

const ADMIN = { email: 'admin@example.com', password: 'demo-admin-2026' }
export const children = []
export const origin = `https://localhost:${PORTS.https}`
export const direct = { A: `http://${HOSTS.A.address}:${PORTS.app}`, B: `http://${HOSTS.B.address}:${PORTS.app}` }
export let front
export let staff
export const instances = {}

// --- The portal ---------------------------------------------------------------------------------
const baseEnv = {
  ...process.env,
  PAYLOAD_SECRET: 'hosts-test-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: databaseUri('primary'),
  MEDIA_DIR: path.join(work, 'media'),
}

export async function startInstance(name) {
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

export const steps = stepper()
export const step = (name, body) => steps.step(name, body, { skip })

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
export async function readsReachReplica(count = 20) {
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
export const freshRead = () =>
  `/api/news?limit=2&depth=0&where[title][like]=${encodeURIComponent(`x${++readCount}`)}&locale=${readCount % 2 ? 'zh' : 'en'}`

export async function setUp() {
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
