/**
 * `npm run seed` (and `npm run dev` with `if-empty`): fills the database named by DATABASE_URI
 * with the demo content. Demo staff accounts with known passwords are created only when
 * NODE_ENV is not "production".
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const ifEmpty = process.argv.includes('if-empty')
const production = process.env.NODE_ENV === 'production'

const payload = await getPayload({ config })
try {
  if (ifEmpty && (await payload.count({ collection: 'parks', overrideAccess: true })).totalDocs > 0) {
    console.info('Database already has content: not seeding.')
  } else {
    console.info(`Seeding ${production ? 'a production' : 'a development'} database …`)
    await seed(payload, { demoAccounts: !production, log: (message) => console.info(`  ${message}`) })
    if (production) console.info('No demo accounts in production: create the first admin at /admin.')
  }
} finally {
  await payload.destroy()
}
// Open handles (database clients, timers) must not keep a finished script alive.
process.exit(0)
