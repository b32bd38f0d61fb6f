/**
 * `node scripts/run.mjs <script.ts> [args…]`: runs a TypeScript script (seed, preflight checks)
 * with tsx and the project's .env loaded, as `payload run` does, but without its silent failure.
 *
 * Now and then (measured here: up to 7 runs in 8 with stdout sent to /dev/null, none in 12 with
 * stdout on a pipe) Payload's start-up leaves the script's top-level await pending with nothing
 * keeping Node alive. `payload run` then exits 0 without running the script and prints nothing;
 * Node itself exits 13 ("unsettled top-level await"). The same happened with the script bundled
 * and run without any loader, so it is not tsx. Nothing has run at that point, so the script is
 * started again, up to three times; any other exit code is passed on. Callers should also give
 * the script a real stdout (scripts/lib/server.mjs pipes it).
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
const UNSETTLED_TOP_LEVEL_AWAIT = 13
for (let attempt = 1; attempt <= 3; attempt++) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { stdio: 'inherit', env: process.env })
  if (result.status !== UNSETTLED_TOP_LEVEL_AWAIT) process.exit(result.status ?? 1)
  console.error(`[run] ${script} stopped before it ran (exit 13, a known start-up race); starting it again`)
}
process.exit(UNSETTLED_TOP_LEVEL_AWAIT)
