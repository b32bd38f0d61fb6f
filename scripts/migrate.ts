/**
 * Brings the SQLite schema up to date in one process before `next build`, whose parallel workers
 * would otherwise race to apply the same migrations. On MongoDB it only checks the connection.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
await payload.destroy()
