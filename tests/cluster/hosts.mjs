/**
 * `npm run test:cluster` (after cluster.mjs; alone: `npm run test:cluster:hosts`): the portal on PostgreSQL across hosts (issue 24). Each piece
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
 * Where things are: hosts/place.mjs (addresses, network), hosts/postgres.mjs, hosts/setup.mjs, hosts/steps.mjs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before } from 'node:test'

import { stopAll } from './lib.mjs'
import { log, removeNetwork, results, root, skip, work } from './hosts/place.mjs'
import { stopPostgresOn } from './hosts/postgres.mjs'
import { children, setUp, steps } from './hosts/setup.mjs'

if (skip) {
  console.log(`[hosts] ${skip}`)
  if (process.env.CI) process.exitCode = 1
}

before(
  async () => {
    if (skip) return
    await steps.guard(setUp)
  },
  { timeout: 15 * 60_000 },
)

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

// Registered after the hooks, in the order they run.
await import('./hosts/steps.mjs')
