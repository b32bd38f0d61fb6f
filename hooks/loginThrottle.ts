import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  type CollectionAfterDeleteHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { adminT } from '@/i18n/admin'
import { clientAddress } from '@/lib/server/clientAddress'
import { clearLoginAttempts, forgetLoginAttempt, takeLoginAttempt } from '@/lib/server/limits'
import { sharedRedis } from '@/lib/server/redis.mjs'
import { Refusal } from '@/lib/server/refusal'

/**
 * Login throttling that no anonymous client can turn against staff. Payload's own lockout (which
 * locks an account for everyone after a few wrong passwords) is off; instead:
 * - one address gets at most PER_ADDRESS failed logins per window, whatever the accounts, and at
 *   most PER_PAIR for one account: then that address is refused (429) until the window passes;
 * - an account that many addresses are guessing at (ACCOUNT_SLOWDOWN failures in the window) is
 *   slowed down for everyone by a growing delay, but never locked;
 * - an unknown email costs as much time as a wrong password, and both get the same answer, so
 *   accounts cannot be told apart.
 * Each attempt is counted before the check of the password — checked and counted in one atomic
 * step, in Redis with REDIS_URL and in the database's counters otherwise (lib/server/limits.ts), so
 * a burst of concurrent attempts gets at most the limit evaluated — and taken off again when it
 * succeeds, so what stays counted are the failures. Without Redis each attempt is also a row of
 * `login-attempts`, which administrators see and delete to lift a block. A successful login from
 * another address is never held up by someone else's failures.
 */
const WINDOW_MS = 15 * 60_000
const PER_ADDRESS = 20
const PER_PAIR = 5
const ACCOUNT_SLOWDOWN = 20
const MAX_DELAY_MS = 3000

const pbkdf2Async = promisify(pbkdf2)
// Payload's current password hash parameters (pbkdf2-sha256-v1: 600,000 rounds, 32 bytes).
const spendPasswordTime = (password: string) => pbkdf2Async(password, randomBytes(32), 600_000, 32, 'sha256')

const normalized = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim().slice(0, 254) : '')

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { payload } = req
  const account = normalized((args as { data?: { email?: unknown } }).data?.email)
  const address = clientAddress(req.headers)
  // Checked and counted in one step (lib/server/limits.ts): of a burst of concurrent attempts, at
  // most the limit are let through to the password check.
  const { allowed, fromAddress, pair, forAccount } = await takeLoginAttempt(payload, {
    address,
    account,
    windowMs: WINDOW_MS,
    perAddress: PER_ADDRESS,
    perPair: PER_PAIR,
  })
  if (!allowed) {
    payload.logger.info(`Login refused for ${account} from ${address}: ${pair} / ${fromAddress} recent failures`)
    throw new Refusal(adminT(req.t)('validation:tooManyLogins', { minutes: WINDOW_MS / 60_000 }), 429)
  }
  if (forAccount >= ACCOUNT_SLOWDOWN) {
    const delay = Math.min(MAX_DELAY_MS, (forAccount - ACCOUNT_SLOWDOWN + 1) * 200)
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
  // The record administrators see (and delete to lift a block); with Redis its counters lapse by themselves.
  if (!sharedRedis()) {
    await payload.create({ collection: 'login-attempts', data: { account, address }, overrideAccess: true })
  }
  const password = (args as { data?: { password?: unknown } }).data?.password
  const { totalDocs: known } = await payload.count({ collection: 'users', where: { email: { equals: account } } })
  // Payload answers an unknown email at once; spend the time a password check takes first.
  if (!known && typeof password === 'string') await spendPasswordTime(password)
  return args
}

/** A successful login clears that address's failures for the account. */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = clientAddress(req.headers)
  const account = normalized(user.email)
  await clearLoginAttempts(req.payload, address, account)
  await req.payload.delete({
    collection: 'login-attempts',
    where: { and: [{ address: { equals: address } }, { account: { equals: account } }] },
    overrideAccess: true,
    // The counts were cleared above; the delete hook must not take them off again.
    context: { loginCountsCleared: true },
  })
  return user
}

/** An administrator deleting an attempt (to lift a block) takes it off the counts. */
export const forgetDeletedAttempt: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context.loginCountsCleared) return doc
  const { account, address } = doc as { account?: string | null; address?: string | null }
  if (account != null && address != null) await forgetLoginAttempt(req.payload, address, account)
  return doc
}
