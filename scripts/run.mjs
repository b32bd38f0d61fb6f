/**
 * `node scripts/run.mjs <script.ts> [args…]`: runs a TypeScript script (seed, preflight checks)
 * with tsx and the project's .env loaded, as `payload run` does, but reliably.
 *
 * On Node 20 the ESM loader now and then never finishes loading Payload's module graph: with the
 * event loop empty, `payload run` exits 0 without running the script and prints nothing, and tsx
 * exits 13 ("unsettled top-level await"); measured here in up to 7 runs of 8 with stdout on
 * /dev/null, the same with the script bundled and run without tsx. Turning off Node 20's
 * require(esm) brought it to about 1 in 8; with today's larger module graph it is about 1 start in
 * 2 again (9 of 17 measured). Nothing has run at that point, so the script is simply started again,
 * up to 20 times (each retry costs a few seconds; 20 failures in a row would be about 1 in 100,000).
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import nextEnv from '@next/env'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [, , script, ...args] = process.argv
if (!script) {
  console.error('usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}
nextEnv.loadEnvConfig(root, process.env.NODE_ENV !== 'production', { info() {}, error: console.error })

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-experimental-require-module`.trim(),
}
const UNSETTLED_TOP_LEVEL_AWAIT = 13
const ATTEMPTS = 20
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { stdio: 'inherit', env })
  if (result.status !== UNSETTLED_TOP_LEVEL_AWAIT) process.exit(result.status ?? 1)
  console.error(`[run] ${script} did not start (Node exit 13 while loading modules); starting it again`)
}
process.exit(UNSETTLED_TOP_LEVEL_AWAIT)
