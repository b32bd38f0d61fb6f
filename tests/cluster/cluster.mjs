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
 * The set-up is in local/setup.mjs, the steps in local/front.steps.mjs and local/load.steps.mjs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before } from 'node:test'

import { sharedRedis } from '../../lib/server/redis.mjs'
import { stopAll } from './lib.mjs'
import {
  children,
  log,
  nginx,
  origin,
  redisServer,
  results,
  root,
  s3,
  setUp,
  steps,
  tls,
  work,
} from './local/setup.mjs'

if (!nginx || !redisServer) {
  const missing = [!nginx && 'nginx', !redisServer && 'redis-server'].filter(Boolean).join(' and ')
  console.log(
    `[cluster] SKIPPED: ${missing} not installed (apt-get install -y nginx-light redis-server; .ci/run does this).`,
  )
  process.exit(process.env.CI ? 1 : 0)
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

// In the order they run; registered after the hooks, as they were written in one file before.
await import('./local/front.steps.mjs')
await import('./local/load.steps.mjs')
