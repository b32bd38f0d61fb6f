import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

import { NO_POSTGRES, postgresBin } from './tests/helpers/postgres.mjs'

/**
 * The integration suite (Payload's Local API and its REST/GraphQL handlers) on a fresh temporary
 * SQLite database per run, on a throwaway PostgreSQL cluster the run starts itself
 * (tests/helpers/postgresSetup.ts), and on MongoDB when TEST_DATABASE_URI names one.
 */
// Kept in the environment: Vitest evaluates this file more than once per run.
const runDir = (process.env.PORTAL_INT_RUN_DIR ??= mkdtempSync(path.join(tmpdir(), 'portal-int-')))
const mongoUri = process.env.TEST_DATABASE_URI?.trim()

const project = (
  name: string,
  databaseUri: string,
  smtpPort: number,
  globalSetup?: string,
): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    globalSetup,
    include: ['tests/int/**/*.int.spec.ts'],
    env: {
      DATABASE_URI: databaseUri,
      MEDIA_DIR: path.join(runDir, `${name}-media`),
      PAYLOAD_SECRET: 'integration-test-secret-not-for-production',
      NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000',
      // Enquiry notifications go to an SMTP server the enquiry tests run (tests/helpers/enquiries.ts).
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      ENQUIRY_NOTIFY_TO: 'leads@invest-ganzhou.test',
      // The tests run scheduled jobs themselves (payload.jobs.run), not on a timer.
      PAYLOAD_JOBS_AUTORUN: 'false',
    },
  },
})

/** Pure functions: no database, no Payload, seconds. */
const unit: TestProjectInlineConfiguration = {
  extends: true,
  test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: true },
}

const projects = [unit, project('sqlite', `file:${path.join(runDir, 'int.db')}`, 25251)]

// PostgreSQL: a port chosen once per run (this file is evaluated more than once), the cluster
// started by the project's global setup. PORTAL_INT_SKIP_POSTGRES=1 leaves it out, saying so.
if (process.env.PORTAL_INT_SKIP_POSTGRES === '1' || !postgresBin()) {
  if (!process.env.PORTAL_INT_PG_NOTED) {
    process.env.PORTAL_INT_PG_NOTED = '1'
    console.warn(
      `[integration] PostgreSQL run SKIPPED: ${process.env.PORTAL_INT_SKIP_POSTGRES === '1' ? 'PORTAL_INT_SKIP_POSTGRES=1' : NO_POSTGRES}`,
    )
  }
} else {
  process.env.PORTAL_INT_PG_PORT ??= execFileSync(
    process.execPath,
    // process.stdout.write, not console.log: with FORCE_COLOR set, console.log colours a number.
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: 'utf8' },
  ).trim()
  projects.push(
    project(
      'postgres',
      `postgres://postgres@127.0.0.1:${process.env.PORTAL_INT_PG_PORT}/portal_int`,
      25253,
      path.resolve(import.meta.dirname, 'tests/helpers/postgresSetup.ts'),
    ),
  )
}
if (mongoUri && /^mongodb(\+srv)?:\/\//.test(mongoUri)) {
  projects.push(project('mongodb', mongoUri, 25252))
} else if (!process.env.PORTAL_INT_SKIP_NOTED) {
  process.env.PORTAL_INT_SKIP_NOTED = '1'
  console.warn(
    '[integration] MongoDB run SKIPPED: TEST_DATABASE_URI is not set to a mongodb:// or mongodb+srv:// URI; ' +
      'the suite ran without it. Set TEST_DATABASE_URI to run it on MongoDB too (use a database you can wipe).',
  )
}

/**
 * Files in a fixed order, the seed test first: later files share its database (the demo content is
 * there, as on a real one), and no run depends on which file Vitest happened to start with.
 */
class SeedFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith('seed.int.spec.ts') ? 0 : 1)
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId))
  }
}

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // The tests run server modules as Next's server layer does, where `server-only` is empty (its
    // `react-server` export); its default export throws, and is what a client bundle would get.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') },
  },
  test: {
    environment: 'node',
    // One database per project: files take turns so each can count and clean up what it made.
    fileParallelism: false,
    // One module graph for all files: Payload (config, ~900 lexical modules, the database client)
    // loads once instead of once per file, 250 s → 95 s for the suite. The files share the database
    // anyway and clean up what they start (mail servers, environment variables).
    isolate: false,
    sequence: { sequencer: SeedFirst },
    // next-intl's ESM build imports 'next/server' without an extension; let Vite resolve it.
    server: { deps: { inline: ['next-intl'] } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects,
  },
})
