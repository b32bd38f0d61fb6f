/**
 * Vitest global setup of the `postgres` project: a throwaway PostgreSQL cluster for the run, on the
 * port vitest.config.ts chose (its DATABASE_URI names it), stopped and removed at the end.
 */
import { startPostgres } from './postgres.mjs'

export default async function setup() {
  const pg = await startPostgres({ port: Number(process.env.PORTAL_INT_PG_PORT), database: 'portal_int' })
  console.info(`[integration] PostgreSQL cluster on port ${pg.port} (${pg.folder})`)
  return () => pg.stop()
}
