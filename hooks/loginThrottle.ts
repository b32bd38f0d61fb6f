import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type Where } from 'payload'

import { adminT } from '@/i18n/admin'
import { clientAddress } from '@/lib/server/clientAddress'
import { clearLoginAttempts, countLoginAttempt } from '@/lib/server/limits'
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
 * Each attempt is recorded before the check of the password and removed when it succeeds, so what
 * stays recorded are the failures: in Redis counters with REDIS_URL (counted and recorded in one
 * step, so a burst over several instances is held to the limit exactly: lib/server/limits.ts), in
 * the database otherwise (collections/LoginAttempts.ts). A successful login from another address is
 * never held up by someone else's failures.
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
  const since = new Date(Date.now() - WINDOW_MS).toISOString()
  const recent = (where: Where) =>
    payload
      .count({ collection: 'login-attempts', where: { and: [{ createdAt: { greater_than: since } }, where] } })
      .then((result) => result.totalDocs)
  const inRedis = await countLoginAttempt(address, account, WINDOW_MS)
  const inDatabase = async () => {
    const [fromAddress, pair, forAccount] = await Promise.all([
      recent({ address: { equals: address } }),
      recent({ and: [{ address: { equals: address } }, { account: { equals: account } }] }),
      recent({ account: { equals: account } }),
    ])
    return { fromAddress, pair, forAccount }
  }
  const { fromAddress, pair, forAccount } = inRedis ?? (await inDatabase())
  if (fromAddress >= PER_ADDRESS || pair >= PER_PAIR) {
    payload.logger.info(`Login refused for ${account} from ${address}: ${pair} / ${fromAddress} recent failures`)
    throw new Refusal(adminT(req.t)('validation:tooManyLogins', { minutes: WINDOW_MS / 60_000 }), 429)
  }
  if (forAccount >= ACCOUNT_SLOWDOWN) {
    const delay = Math.min(MAX_DELAY_MS, (forAccount - ACCOUNT_SLOWDOWN + 1) * 200)
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
  if (!inRedis) await payload.create({ collection: 'login-attempts', data: { account, address }, overrideAccess: true })
  const password = (args as { data?: { password?: unknown } }).data?.password
  const { totalDocs: known } = await payload.count({ collection: 'users', where: { email: { equals: account } } })
  // Payload answers an unknown email at once; spend the time a password check takes first.
  if (!known && typeof password === 'string') await spendPasswordTime(password)
  return args
}

/** A successful login clears that address's failures for the account. */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  if (await clearLoginAttempts(clientAddress(req.headers), normalized(user.email))) return user
  await req.payload.delete({
    collection: 'login-attempts',
    where: {
      and: [{ address: { equals: clientAddress(req.headers) } }, { account: { equals: normalized(user.email) } }],
    },
    overrideAccess: true,
  })
  return user
}
