import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * One request's dealings with the database, for the read-replica routing
 * (lib/server/postgresRouting.ts): once a request has written, its later reads go to the primary,
 * which has the write (a replica may not have replayed it yet). Kept on globalThis: Next bundles a
 * module once per route, and the pool and the API edge must share one store.
 */
type Scope = { wrote: boolean; committed: Map<string, () => void> }

const KEY = Symbol.for('portal.databaseScope')
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Scope> }
const storage = (holder[KEY] ??= new AsyncLocalStorage<Scope>())

/** Runs `work` as one request. */
export const inDatabaseScope = <T>(work: () => T): T => storage.run({ wrote: false, committed: new Map() }, work)

/** Notes that the current request wrote (nothing outside a request). */
export function noteWrite() {
  const scope = storage.getStore()
  if (scope) scope.wrote = true
}

/** Whether the current request has written. */
export const requestWrote = () => storage.getStore()?.wrote === true

/**
 * Runs `task` once the request's operation is over and its transaction committed: Payload's hooks
 * run inside the transaction, so a page rendered between a hook and the commit would read the old
 * data and be cached as new. The REST edge calls `runCommitted` after Payload's handler returns.
 * One task per key; outside a request (scripts, jobs) nothing is kept.
 */
export function whenCommitted(key: string, task: () => void) {
  storage.getStore()?.committed.set(key, task)
}

/** Runs and forgets the current request's `whenCommitted` tasks. */
export function runCommitted() {
  const scope = storage.getStore()
  if (!scope) return
  const tasks = [...scope.committed.values()]
  scope.committed.clear()
  for (const task of tasks) task()
}
