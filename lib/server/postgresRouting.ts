import pg from 'pg'

import { noteWrite, requestWrote } from './databaseScope'
import { isDatabaseUnavailable } from './databaseUnavailable'

/**
 * The `pg` that @payloadcms/db-postgres is given: its Pool routes reads between the primary and
 * the read replicas (DATABASE_READ_URIS) where Drizzle's `withReplicas` cannot.
 *
 * Drizzle sends every `select` and relational query to a replica picked at random, and everything
 * else (writes, transactions, raw SQL) to the primary. On top of that, a replica's pool sends a read
 * to the primary
 * - when the request has written (databaseScope.ts): its own write is then read back, also from a
 *   replica that has not replayed it yet;
 * - for `readAfterWriteMs` after this instance last wrote: a page rendered right after a publish
 *   (revalidated by it) reads the new text, never the replica's old one into the cache;
 * - while the replica cannot be reached: a read that fails for that (isDatabaseUnavailable) is run
 *   again on the primary, and the replica is left alone for `retryMs` before it is tried again.
 *   Reads thus keep working with a replica stopped; nothing waits for it.
 *
 * Every pool also bounds its waits: `connectTimeoutMs` for a connection, `queryTimeoutMs` for an
 * answer. A primary that is unreachable (not refusing: silent) would otherwise hold a request until
 * the operating system gives up on the socket, minutes later; this way it fails in seconds, and the
 * API answers 503 with Retry-After (payload.config.ts).
 */
export type RoutingOptions = {
  replicas: string[]
  readAfterWriteMs: number
  retryMs: number
  connectTimeoutMs: number
  queryTimeoutMs: number
}

type QueryConfig = string | { text?: string }
type Query = (config: QueryConfig, values?: unknown) => Promise<unknown>
type Connect = (callback?: unknown) => Promise<unknown> | undefined

type Watchable = { query: (config: QueryConfig, ...rest: unknown[]) => unknown }

/** Statements that change nothing: reads, and a transaction's own bookkeeping. */
const NOT_WRITE = /^\s*\(?\s*(select|show|explain|begin|start transaction|rollback|savepoint|release|set)\b/i
const isWrite = (text: string) => !NOT_WRITE.test(text)
const textOf = (config: QueryConfig) => (typeof config === 'string' ? config : (config?.text ?? ''))

/** The host and port of a URI, never its password. */
const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return '(unparsable URI)'
  }
}
const describe = (error: unknown) =>
  error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error)

export const routingOptionsFromEnv = (replicas: string[]): RoutingOptions => ({
  replicas,
  readAfterWriteMs: Number(process.env.DATABASE_READ_AFTER_WRITE_MS || 3000),
  retryMs: Number(process.env.DATABASE_REPLICA_RETRY_MS || 5000),
  connectTimeoutMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || 5000),
  queryTimeoutMs: Number(process.env.DATABASE_QUERY_TIMEOUT_MS || 15000),
})

export function routedPg(options: RoutingOptions): typeof pg {
  const state = { primary: undefined as RoutedPool | undefined, lastWrite: 0, down: new Map<string, number>() }
  const replicas = new Set(options.replicas)

  const wrote = () => {
    state.lastWrite = Date.now()
    noteWrite()
  }
  /**
   * Notes a write once it has succeeded: a write that failed (a primary out of reach) changed
   * nothing, and must not send the replica's reads to that primary.
   */
  const afterWrite = <T>(config: QueryConfig, result: T): T => {
    if (isWrite(textOf(config)) && result instanceof Promise) result.then(wrote, () => undefined)
    return result
  }
  const watched = new WeakSet<object>()
  const watch = (client: Watchable) => {
    if (watched.has(client)) return client
    watched.add(client)
    const query = client.query.bind(client)
    client.query = (config, ...rest) => afterWrite(config, query(config, ...rest))
    return client
  }
  const readsFromPrimary = (url: string) =>
    requestWrote() || Date.now() - state.lastWrite < options.readAfterWriteMs || (state.down.get(url) ?? 0) > Date.now()
  const markDown = (url: string, error: unknown) => {
    if ((state.down.get(url) ?? 0) <= Date.now()) {
      console.warn(
        `[database] read replica ${hostOf(url)} unreachable (${describe(error)}): its reads go to the primary for ${options.retryMs} ms`,
      )
    }
    state.down.set(url, Date.now() + options.retryMs)
  }

  class RoutedPool extends pg.Pool {
    constructor(config: pg.PoolConfig = {}) {
      super({
        connectionTimeoutMillis: options.connectTimeoutMs,
        query_timeout: options.queryTimeoutMs,
        keepAlive: true,
        ...config,
      })
      const url = config.connectionString ?? ''
      // An idle connection that breaks (a server stopped) is reported here; unheard, it would end the process.
      this.on('error', (error) => {
        if (replicas.has(url)) markDown(url, error)
        else
          console.warn(
            `[database] a connection to the primary broke (${describe(error)}); the pool opens another when asked`,
          )
      })
      // pg's query and connect are overloaded (callbacks or promises); Drizzle and Payload use the
      // promise forms, which are the ones routed here. pg-pool's own query() calls connect(callback).
      const self = this as unknown as { query: Query; connect: Connect }
      const query = self.query.bind(this)
      const connect = self.connect.bind(this)
      if (!replicas.has(url)) {
        state.primary ??= this
        self.query = (config, values) => afterWrite(config, query(config, values))
        // A transaction's connection (Payload's writes): its statements are watched the same way.
        self.connect = (callback) => {
          if (callback !== undefined) return connect(callback)
          return (connect() as Promise<Watchable>).then(watch)
        }
        return
      }
      const primary = () => state.primary as unknown as { query: Query; connect: Connect }
      self.query = async (config, values) => {
        if (!state.primary || requestWrote() || (state.down.get(url) ?? 0) > Date.now()) {
          return primary().query(config, values)
        }
        if (readsFromPrimary(url)) {
          // On the primary only to be fresh after this instance's recent write (another request's):
          // if the primary cannot answer, the replica's answer, a moment older, beats none — a
          // signed-in user's lookup failing there made a write during an outage a 403, not a 503.
          try {
            return await primary().query(config, values)
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error
            return query(config, values)
          }
        }
        try {
          return await query(config, values)
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error
          markDown(url, error)
          return primary().query(config, values)
        }
      }
      self.connect = (callback) => {
        if (callback !== undefined || !state.primary) return connect(callback)
        // Payload's first connection to a replica: one that is down must not stop the start.
        return (connect() as Promise<unknown>).catch((error: unknown) => {
          markDown(url, error)
          return primary().connect()
        })
      }
    }
  }

  return { ...pg, Pool: RoutedPool }
}
