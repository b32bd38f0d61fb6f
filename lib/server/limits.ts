import type { Payload } from 'payload'

import { countInDatabase, readCount, uncountInDatabase } from './counters'
import { redisPrefix, sharedRedis } from './redis.mjs'

/**
 * The counters behind the per-client limits (enquiries, registrations, failed logins): Redis
 * counters with REDIS_URL, counters in the database otherwise (lib/server/counters.ts). Either way
 * each count is taken and read in one atomic step, so a burst of concurrent requests — in one
 * instance or several — is held to the limit exactly. Redis failing: the database counts.
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

// Takes ARGV[1] off each key (never below 0).
const UNCOUNT = `
for i, key in ipairs(KEYS) do
  local n = tonumber(redis.call('GET', key) or '0')
  if n > 0 then redis.call('DECRBY', key, math.min(n, tonumber(ARGV[1]))) end
end
return 0`

const redisFailed = (error: unknown) =>
  console.error(`[limits] Redis unavailable, counting in the database: ${(error as Error).message}`)

/** Adds one to each key and returns the counts before it. */
async function counted(payload: Payload, keys: string[], windowMs: number): Promise<number[]> {
  const redis = sharedRedis()
  if (redis) {
    try {
      const counts = (await redis.eval(
        COUNT,
        keys.length,
        ...keys.map((key) => redisPrefix() + key),
        String(windowMs),
      )) as number[]
      return counts.map(Number)
    } catch (error) {
      redisFailed(error)
    }
  }
  return countInDatabase(payload, keys, windowMs)
}

/** Takes `by` off each key's count. */
async function uncounted(payload: Payload, keys: string[], by = 1): Promise<void> {
  const redis = sharedRedis()
  if (redis) {
    try {
      await redis.eval(UNCOUNT, keys.length, ...keys.map((key) => redisPrefix() + key), String(by))
      return
    } catch (error) {
      redisFailed(error)
    }
  }
  await uncountInDatabase(payload, keys, by)
}

async function current(payload: Payload, key: string): Promise<number> {
  const redis = sharedRedis()
  if (redis) {
    const value = await redis.get(redisPrefix() + key).catch(() => undefined)
    if (value !== undefined) return Number(value ?? 0)
  }
  return readCount(payload, key)
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
  const before = storing ? (await counted(payload, [key], windowMs))[0]! : await current(payload, key)
  return before >= limit
}

const loginKeys = (address: string, account: string) => [
  `login:address:${address}`,
  `login:pair:${address}:${account}`,
  `login:account:${account}`,
]

/**
 * Takes a login attempt, checked and counted in one step: refused (and not counted) when the
 * address has `perAddress` attempts in the window or `perPair` for this account. Returns the
 * attempts before this one.
 */
export async function takeLoginAttempt(
  payload: Payload,
  { address, account, windowMs, perAddress, perPair }: LoginLimits,
): Promise<{ allowed: boolean; fromAddress: number; pair: number; forAccount: number }> {
  const keys = loginKeys(address, account)
  const [fromAddress = 0, pair = 0, forAccount = 0] = await counted(payload, keys, windowMs)
  const allowed = fromAddress < perAddress && pair < perPair
  if (!allowed) await uncounted(payload, keys)
  return { allowed, fromAddress, pair, forAccount }
}

type LoginLimits = { address: string; account: string; windowMs: number; perAddress: number; perPair: number }

/** After a successful login: forgets that address's attempts for the account (and takes them off the others). */
export async function clearLoginAttempts(payload: Payload, address: string, account: string): Promise<void> {
  const keys = loginKeys(address, account)
  const pair = await current(payload, keys[1]!)
  if (pair > 0) await uncounted(payload, keys, pair)
}

/** One recorded attempt removed by an administrator (lifting a block): taken off the counts. */
export const forgetLoginAttempt = (payload: Payload, address: string, account: string) =>
  uncounted(payload, loginKeys(address, account))

/** Whether this is the first use of `key` in the window (spent in the same atomic step). */
export async function spendOnce(payload: Payload, key: string, windowMs: number): Promise<boolean> {
  return (await counted(payload, [key], windowMs))[0] === 0
}

/**
 * Takes one use of each key, checked and counted in one step: refused (and not counted) when any key
 * already has its limit in the window. For look-ups that must not be repeated without end (an
 * enquiry's status: per address, and per reference against guessing from many addresses).
 */
export async function takeUse(payload: Payload, limits: [key: string, limit: number][], windowMs: number) {
  const keys = limits.map(([key]) => key)
  const before = await counted(payload, keys, windowMs)
  const allowed = limits.every(([, limit], i) => before[i]! < limit)
  if (!allowed) await uncounted(payload, keys)
  return allowed
}
