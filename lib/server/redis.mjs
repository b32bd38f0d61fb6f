/**
 * The Redis connection shared by everything in this process that several app instances must agree
 * on: Next's page and data cache (lib/server/cacheHandler.mjs) and the job-runner lease
 * (lib/server/jobRunner.ts). Only when REDIS_URL is set; without it the app keeps all of that in
 * its own process, which is right for one instance and wrong for two (README, "Deployment").
 *
 * One client per process (kept on globalThis: Next loads the cache handler and the route bundles
 * as separate module graphs). Commands fail fast while Redis is away instead of queueing: a page
 * render must not hang on the cache.
 */
import os from 'node:os'

import Redis from 'ioredis'

/** Keys of this deployment start with this (REDIS_PREFIX), so one Redis can serve several sites. */
export const redisPrefix = () => process.env.REDIS_PREFIX || 'portal:'

/** This process, as named in the lease, the health answer and the logs. */
export const instanceId = () => process.env.INSTANCE_ID || `${os.hostname()}:${process.pid}`

const KEY = Symbol.for('portal.redis')

/**
 * The shared client, or null when REDIS_URL is unset.
 * @returns {import('ioredis').default | null}
 */
export function sharedRedis() {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return null
  if (!globalThis[KEY]) {
    const client = new Redis(url, {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      // While it is away, commands fail at once (a cache miss) instead of waiting for it.
      enableOfflineQueue: false,
      connectTimeout: 2000,
      // Reconnect for ever, at most every 2 s.
      retryStrategy: (times) => Math.min(times * 200, 2000),
    })
    let reported = false
    client.on('error', (error) => {
      // One line per outage, not one per retry.
      if (!reported) console.error(`[redis] ${error.message}`)
      reported = true
    })
    client.on('ready', () => {
      if (reported) console.log('[redis] connected again')
      reported = false
    })
    globalThis[KEY] = client
  }
  return globalThis[KEY]
}
