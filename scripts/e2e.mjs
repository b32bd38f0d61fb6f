/**
 * `npm run test:e2e`: a production build on a fresh, seeded SQLite database in a temporary folder,
 * then the Playwright suite against the production server (server.mjs) on it. E2E_SKIP_BUILD=1 reuses the last build
 * (its database and uploads are kept in .e2e/ for that).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { findChromium, NO_CHROMIUM } from './find-chromium.mjs'

const chromium = await findChromium()
if (!chromium) {
  console.error(NO_CHROMIUM)
  process.exit(1)
}

const root = path.resolve(import.meta.dirname, '..')
const work = path.join(root, '.e2e')
const reuse =
  process.env.E2E_SKIP_BUILD === '1' &&
  existsSync(path.join(work, 'e2e.db')) &&
  existsSync(path.join(root, '.next', 'BUILD_ID'))
const port = process.env.E2E_PORT || '3210'

const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  DATABASE_URI: `file:${path.join(work, 'e2e.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET || 'e2e-secret-for-the-test-run-only',
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
  E2E_PORT: port,
}

const step = (title, command, args, extraEnv = {}) => {
  console.log(`\n[e2e] ${title}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' })
  console.log(`[e2e] ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!reuse) {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  // Seeded as a development database: the demo staff accounts are what the admin tests log in with.
  step('seed a fresh database', 'npx', ['payload', 'run', 'seed/run.ts'])
  // A copy for the hostile-input test (tests/system/hostile.test.mjs), which writes what it likes
  // into its own database while the Playwright suite's stays as the tests expect it.
  new DatabaseSync(path.join(work, 'e2e.db')).exec(`VACUUM INTO '${path.join(work, 'hostile.db')}'`)
  // Built for another origin than the one it runs with: whatever names the server's own address must
  // read it at run time (robots.txt, sitemaps, canonical links), which the tests then check.
  // Under `npm test` the types were checked a step before (E2E_TYPECHECKED=1): the build skips its
  // own pass over the same files (30 s here).
  step('production build', 'npx', ['next', 'build'], {
    NEXT_PUBLIC_SERVER_URL: 'https://build-time.invalid',
    ...(process.env.E2E_TYPECHECKED === '1' && { PORTAL_BUILD_SKIP_TYPECHECK: '1' }),
  })
  // Nothing server-only in what the browser loads (catalogues, admin text, server packages).
  step('client chunks', 'node', ['scripts/check-client-chunks.mjs'])
}
step('playwright', 'npx', ['playwright', 'test', ...process.argv.slice(2)])
// The whole suite only (not when a few Playwright tests were named): hostile input on a server of its own.
if (process.argv.length <= 2 && process.env.E2E_SKIP_HOSTILE !== '1') {
  step('hostile input', 'node', ['--test', '--test-reporter=spec', 'tests/system/hostile.test.mjs'])
}
