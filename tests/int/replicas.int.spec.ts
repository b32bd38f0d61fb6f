import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inDatabaseScope } from '@/lib/server/databaseScope'
import { isDatabaseUnavailable } from '@/lib/server/databaseUnavailable'
import { routedPg, type RoutingOptions } from '@/lib/server/postgresRouting'

import { freePort } from '../helpers/postgres.mjs'
import { postgresClient } from '../../scripts/lib/postgres.mjs'

/**
 * The read routing of lib/server/postgresRouting.ts against the run's real PostgreSQL cluster. The
 * "replica" is a second database on the same cluster whose probe table says `replica` where the
 * primary's says `primary`: every read answers where it went. (The cluster test runs a real
 * streaming replica on its own host: tests/cluster/hosts.mjs.)
 */
const uri = process.env.DATABASE_URI ?? ''
const onPostgres = /^postgres(ql)?:\/\//.test(uri)
const TABLE = 'routing_probe'

type Pool = InstanceType<ReturnType<typeof routedPg>['Pool']>

const where = async (pool: Pool) => {
  const { rows } = await pool.query(`SELECT v FROM ${TABLE}`)
  return (rows[0] as { v: string }).v
}

const title = onPostgres
  ? 'PostgreSQL read replicas: where reads go'
  : 'PostgreSQL read replicas (skipped: this project does not run on PostgreSQL)'

describe.skipIf(!onPostgres)(title, () => {
  const replicaName = `replica_probe_${process.pid}`
  const replicaUri = Object.assign(new URL(uri), { pathname: `/${replicaName}` }).toString()
  const opened: Pool[] = []

  const pools = (replica: string, options: Partial<RoutingOptions> = {}) => {
    const Pg = routedPg({
      replicas: [replica],
      readAfterWriteMs: 0,
      retryMs: 60_000,
      connectTimeoutMs: 2000,
      queryTimeoutMs: 5000,
      ...options,
    })
    // Payload opens the primary's pool first, then each replica's.
    const primary = new Pg.Pool({ connectionString: uri, max: 3 })
    const replicaPool = new Pg.Pool({ connectionString: replica, max: 3 })
    opened.push(primary, replicaPool)
    return { primary, replica: replicaPool }
  }

  beforeAll(async () => {
    const admin = await postgresClient(uri)
    await admin.query(`CREATE DATABASE ${replicaName}`)
    await admin.query(`CREATE TABLE ${TABLE} (v text)`)
    await admin.query(`INSERT INTO ${TABLE} VALUES ('primary')`)
    await admin.end()
    const replica = await postgresClient(replicaUri)
    await replica.query(`CREATE TABLE ${TABLE} (v text)`)
    await replica.query(`INSERT INTO ${TABLE} VALUES ('replica')`)
    await replica.end()
  })

  afterAll(async () => {
    await Promise.all(opened.map((pool) => pool.end().catch(() => undefined)))
    const admin = await postgresClient(uri)
    await admin.query(`DROP TABLE IF EXISTS ${TABLE}`)
    await admin.query(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`)
    await admin.end()
  })

  it('reads go to the replica while nothing was written', async () => {
    const { replica } = pools(replicaUri)
    for (let i = 0; i < 5; i++) expect(await where(replica)).toBe('replica')
  })

  it('for a moment after this instance writes, reads go to the primary; then to the replica again', async () => {
    const { primary, replica } = pools(replicaUri, { readAfterWriteMs: 400 })
    // A read on the primary (Drizzle's raw SQL goes there) is not a write.
    await primary.query(`SELECT 1`)
    expect(await where(replica)).toBe('replica')
    await primary.query(`UPDATE ${TABLE} SET v = 'primary'`)
    expect(await where(replica)).toBe('primary')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await where(replica)).toBe('replica')
    // A write that failed changed nothing: reads stay on the replica.
    await expect(primary.query(`UPDATE ${TABLE} SET nothing = 1`)).rejects.toThrow()
    expect(await where(replica)).toBe('replica')
    // A transaction's statements, on a connection of its own (Payload's writes), count once they succeed.
    const client = (await primary.connect()) as unknown as {
      query: (sql: string) => Promise<unknown>
      release: () => void
    }
    await client.query('BEGIN')
    expect(await where(replica)).toBe('replica')
    await client.query(`UPDATE ${TABLE} SET v = 'primary'`)
    await client.query('COMMIT')
    client.release()
    expect(await where(replica)).toBe('primary')
  })

  it('a request that wrote reads from the primary for as long as it runs; another request does not', async () => {
    const { primary, replica } = pools(replicaUri)
    const seen = await inDatabaseScope(async () => {
      const before = await where(replica)
      await primary.query(`UPDATE ${TABLE} SET v = 'primary'`)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return [before, await where(replica)]
    })
    expect(seen).toEqual(['replica', 'primary'])
    expect(await inDatabaseScope(() => where(replica))).toBe('replica')
  })

  it('a replica that cannot be reached: its reads go to the primary, none fails, and its start does not fail', async () => {
    const down = `postgres://postgres@127.0.0.1:${await freePort()}/portal`
    const { replica } = pools(down, { retryMs: 300 })
    // Payload's first connection to each replica (connectWithReconnect) must not end the start.
    const first = (await replica.connect()) as { release: () => void }
    first.release()
    const answers = await Promise.all(Array.from({ length: 10 }, () => where(replica)))
    expect(new Set(answers)).toEqual(new Set(['primary']))
  })

  it('a replica whose connections are cut (a server stopping): the pool hears it, reads go to the primary', async () => {
    const { replica } = pools(replicaUri)
    expect(await where(replica)).toBe('replica')
    const admin = await postgresClient(uri)
    // What a stopping server does to its clients: terminate them (57P01). Unheard, the idle
    // connection's error would end the process.
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [replicaName])
    await admin.end()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await where(replica)).toBe('primary')
  })

  it('tells an unreachable database from a bad query, on errors the driver really raises', async () => {
    const { primary } = pools(replicaUri, { queryTimeoutMs: 200 })
    const failure = async (work: () => Promise<unknown>) => {
      try {
        await work()
      } catch (error) {
        return error
      }
      throw new Error('expected a failure')
    }
    const refused = await failure(async () => {
      const Pg = routedPg({
        replicas: [],
        readAfterWriteMs: 0,
        retryMs: 0,
        connectTimeoutMs: 1000,
        queryTimeoutMs: 1000,
      })
      const pool = new Pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/x` })
      opened.push(pool)
      await pool.query('SELECT 1')
    })
    expect(isDatabaseUnavailable(refused)).toBe(true)
    expect(isDatabaseUnavailable(await failure(() => primary.query('SELECT pg_sleep(2)')))).toBe(true)
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: refused }))).toBe(true)
    // What Payload throws when BEGIN had no answer: the driver's message and cause dropped.
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: begin\nparams: '))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(await failure(() => primary.query('SELEC 1')))).toBe(false)
    expect(isDatabaseUnavailable(await failure(() => primary.query(`SELECT nothing FROM ${TABLE}`)))).toBe(false)
    expect(isDatabaseUnavailable(await failure(() => primary.query(`SELECT 1/0`)))).toBe(false)
  })
})
