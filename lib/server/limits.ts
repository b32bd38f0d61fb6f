import type { Payload } from 'payload'

import { redisPrefix, sharedRedis } from './redis.mjs'

/**
 * The counters behind the per-client limits (enquiries, registrations, failed logins). With
 * REDIS_URL they are Redis counters, changed atomically, so a burst of requests spread over several
 * instances is held to the limit exactly; otherwise they are counts of the rows the database keeps
 * anyway (enquiries, registrations and login attempts by client), shared by whatever instances use
 * the database, but counted before the new row is written. Redis failing: the database count.
 */

// INCR each key, starting its window on the first count; returns the counts before this one.
const COUNT = `
local counts = {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  counts[i] = n - 1
end
return counts`

async function counted(keys: string[], windowMs: number): Promise<number[] | null> {
  const redis = sharedRedis()
  if (!redis) return null
  try {
    return (await redis.eval(
      COUNT,
      keys.length,
      ...keys.map((key) => redisPrefix() + key),
      String(windowMs),
    )) as number[]
  } catch (error) {
    console.error(`[limits] Redis unavailable, counting in the database: ${(error as Error).message}`)
    return null
  }
}

/**
 * Whether a client (by its address's hash) is over its limit of submissions to `collection` in the
 * window. A complete submission (`storing`) counts; one with mistakes only asks, so that correcting
 * a form does not use up the limit.
 */
export async function overSubmissionLimit(options: {
  payload: Payload
  collection: 'enquiries' | 'registrations'
  ipHash: string
  limit: number
  windowMs: number
  storing: boolean
}): Promise<boolean> {
  const { payload, collection, ipHash, limit, windowMs, storing } = options
  const key = `limit:${collection}:${ipHash}`
  const redis = sharedRedis()
  if (redis) {
    const before = storing
      ? (await counted([key], windowMs))?.[0]
      : await redis.get(redisPrefix() + key).catch(() => null)
    if (before !== undefined && before !== null) return Number(before) >= limit
  }
  const recent = await payload.count({
    collection,
    where: { and: [{ ipHash: { equals: ipHash } }, { createdAt: { greater_than: new Date(Date.now() - windowMs) } }] },
    overrideAccess: true,
  })
  return recent.totalDocs >= limit
}

const loginKeys = (address: string, account: string) => [
  `login:address:${address}`,
  `login:pair:${address}:${account}`,
  `login:account:${account}`,
]

/**
 * Records a login attempt in Redis and returns the attempts before it (from the address, from the
 * address for the account, for the account), or null without Redis (hooks/loginThrottle.ts then
 * counts and records it in the database).
 */
export async function countLoginAttempt(address: string, account: string, windowMs: number) {
  const counts = await counted(loginKeys(address, account), windowMs)
  if (!counts) return null
  const [fromAddress = 0, pair = 0, forAccount = 0] = counts.map(Number)
  return { fromAddress, pair, forAccount }
}

// A success takes the pair's attempts off the address's and the account's counts too.
const CLEAR = `
local pair = tonumber(redis.call('GET', KEYS[2]) or '0')
redis.call('DEL', KEYS[2])
if pair > 0 then
  redis.call('DECRBY', KEYS[1], pair)
  redis.call('DECRBY', KEYS[3], pair)
end
return pair`

/** After a successful login: forgets that address's failures for the account. False without Redis. */
export async function clearLoginAttempts(address: string, account: string): Promise<boolean> {
  const redis = sharedRedis()
  if (!redis) return false
  try {
    await redis.eval(CLEAR, 3, ...loginKeys(address, account).map((key) => redisPrefix() + key))
    return true
  } catch {
    return false
  }
}
