/**
 * `node scripts/run.mjs <script.ts> [args…]`: runs a TypeScript script (seed, preflight checks)
 * with tsx and the project's .env loaded, as `payload run` does, but safely.
 *
 * On Node 20, a module graph loaded through tsx's loader thread sometimes loses a pending import
 * while the script's top-level await waits for it: `payload run` then exits 0 without running the
 * script or printing anything, and the tsx CLI exits 13 ("unsettled top-level await"). Both were
 * measured here, in about one run in three with output redirected. Nothing has run at that point,
 * so the script is started again (up to three times); any other exit code is passed on.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

import nextEnv from '@next/env'

const [, , script, ...args] = process.argv
if (!script) {
  console.error('usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info() {}, error: console.error })

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const UNSETTLED_TOP_LEVEL_AWAIT = 13
for (let attempt = 1; attempt <= 3; attempt++) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { stdio: 'inherit', env: process.env })
  if (result.status !== UNSETTLED_TOP_LEVEL_AWAIT) process.exit(result.status ?? 1)
  console.error(`[run] ${script}: Node dropped a pending import before the script ran (exit 13); starting it again`)
}
process.exit(UNSETTLED_TOP_LEVEL_AWAIT)
