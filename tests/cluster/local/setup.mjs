/**
 * The set-up of `npm run test:cluster` (tests/cluster/cluster.mjs), shared by its steps: the build, a
 * database with the demo content, Redis, the S3 server, two instances of the app, nginx and a staff
 * token. What it starts is exported as live bindings, assigned by setUp() before the first step runs.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { start, stepper, until, which } from '../lib.mjs'
import { certificate, httpsClient, startNginx } from '../front.mjs'

export const root = path.resolve(import.meta.dirname, '..', '..', '..')
export const PORTS = { https: 8443, http: 8080, a: 3301, b: 3302, redis: 6390, s3: 4590 }
export const BUCKET = 'portal-media'
const ADMIN = { email: 'admin@example.com', password: 'demo-admin-2026' }
export const LOAD_SECONDS = 30
export const results = {}
export const log = (line) => console.log(`[cluster] ${line}`)

export const nginx = which('nginx')
export const redisServer = which('redis-server')

export let work
export const children = []

// Set up by setUp() and shared by the steps.
export let env
export let s3
export let s3Client
export let tls
export let ca
export let front
export let instanceEnv
export let startInstance
export let staff
export let health
export const instances = {}

export const steps = stepper()
export const step = (name, body) => steps.step(name, body)

export const origin = `https://localhost:${PORTS.https}`
export const direct = { A: `http://127.0.0.1:${PORTS.a}`, B: `http://127.0.0.1:${PORTS.b}` }

/** The build, a database with the demo content, Redis, the S3 server, two instances, nginx, a staff token. */
export async function setUp() {
  work = mkdtempSync(path.join(tmpdir(), 'portal-cluster-'))
  chmodSync(work, 0o755)
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
