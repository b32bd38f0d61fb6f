import { defineConfig } from 'vitest/config'

/**
 * Seeds the database named by DATABASE_URI through Vitest's module runner (used by the e2e,
 * bench and Lighthouse runs). A plain Node process sometimes stalls while loading Payload's
 * module graph (see scripts/run.mjs); Vitest's runner has never stalled here.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['seed/seed.task.ts'],
    environment: 'node',
    testTimeout: 300_000,
    server: { deps: { inline: ['next-intl'] } },
    env: { PAYLOAD_JOBS_AUTORUN: 'false' },
  },
})
