/**
 * Whether an error means "the database cannot be reached now" (a server restarting, a network
 * down, a pool with no connection to give, a query that had no answer in time), as opposed to a
 * fault in what was asked. Such an error is answered 503 with `Retry-After` (payload.config.ts's
 * afterError, lib/forms/adapters.ts) and sends a replica's reads to the primary
 * (lib/server/postgresRouting.ts). Drizzle and Payload wrap the driver's error: the causes are
 * walked, a few levels deep.
 */

/** Node's socket errors: refused, reset, unreachable, timed out. */
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'])

/**
 * PostgreSQL's SQLSTATEs for the same: class 08 (connection exception), the server shutting down
 * or starting (57P01–57P03), too many connections (53300), and a write reaching a standby (25006).
 */
const POSTGRES = /^(08\d{3}|57P0[123]|53300|25006)$/

/**
 * node-postgres and pg-pool say it in words only. Payload's "cannot begin transaction: …" keeps
 * neither the driver's code nor its cause (Drizzle's "Failed query: begin" has them, Payload
 * rethrows its message only), and a BEGIN fails for no fault of the request: the database did not
 * answer it.
 */
const POSTGRES_WORDS =
  /cannot begin transaction|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection refused|connect (ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT)\b/i

/** SQLite busy beyond its busy timeout; MongoDB's network and server-selection errors. */
const SQLITE = /^SQLITE_BUSY/
const MONGO = /^Mongo(NetworkError|NetworkTimeoutError|ServerSelectionError|NotPrimaryError|PoolClearedError)$/

function unavailableHere(error: object): boolean {
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown }
  if (typeof code === 'string' && (SOCKET.has(code) || POSTGRES.test(code) || SQLITE.test(code))) return true
  if (typeof name === 'string' && MONGO.test(name)) return true
  return typeof message === 'string' && POSTGRES_WORDS.test(message)
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    if (unavailableHere(current)) return true
    const { cause, errors } = current as { cause?: unknown; errors?: unknown }
    // An AggregateError (a connect tried over IPv4 and IPv6) holds its causes in `errors`.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true
    current = cause
  }
  return false
}

/** Seconds a client is asked to wait before it tries again. */
export const RETRY_AFTER_SECONDS = 5
