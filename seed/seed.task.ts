import config from '@payload-config'
import { getPayload } from 'payload'
import { expect, it } from 'vitest'

import { seed } from './index'

// Not a test: the e2e, bench and Lighthouse runs seed their fresh database with this
// (`vitest run --config vitest.seed.config.ts`), as a development database with demo accounts.
it('seeds the database named by DATABASE_URI', async () => {
  const payload = await getPayload({ config })
  const counts = await seed(payload, { demoAccounts: true, log: (message) => console.info(`  ${message}`) })
  expect(counts.created + counts.kept).toBeGreaterThan(0)
  await payload.destroy()
})
