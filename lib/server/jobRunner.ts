import type { JobsConfig, Payload } from 'payload'

import { instanceId, redisPrefix, sharedRedis } from './redis.mjs'

/**
 * Scheduled publishing and the daily retention job run in exactly one place, however many app
 * instances there are:
 * - PAYLOAD_JOBS_AUTORUN=false: not in this process (run `npx payload jobs:run` from cron instead);
 * - REDIS_URL set: in the instance holding the job-runner lease, a Redis key that the holder renews
 *   on each tick and that another instance takes over when the holder has not renewed it for
 *   JOBS_LEASE_SECONDS (default 150 s: two missed ticks of the minute cron);
 * - neither: in this process, the one instance (several instances without Redis are not supported:
 *   README, "Deployment").
 * The schedules (the daily retention job) are queued by the runner too: were every instance to
 * queue them, the job would be queued once per instance.
 */
const LEASE = () => `${redisPrefix()}jobs:runner`
const leaseMs = () => Number(process.env.JOBS_LEASE_SECONDS || 150) * 1000

// Renews the lease if this instance holds it, takes it if nobody does.
const TAKE_OR_RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

type RunnerState = { runner: boolean; ticks: number; since?: string; stopping?: boolean; listening?: boolean }
const STATE = Symbol.for('portal.jobRunner')
/** What this process knows of its part in running jobs (reported by GET /api/health). */
export const jobRunnerState = (): RunnerState =>
  ((globalThis as Record<symbol, RunnerState>)[STATE] ??= { runner: false, ticks: 0 })

const autorunDisabled = () => process.env.PAYLOAD_JOBS_AUTORUN === 'false'

/** The cron of the job queue (JOBS_CRON; Payload's cron with seconds allowed). Every minute by default. */
export function jobAutorun(): Extract<NonNullable<JobsConfig['autoRun']>, unknown[]> {
  if (autorunDisabled()) return []
  return [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default', disableScheduling: true }]
}

/** Payload asks this before each tick: whether this instance runs the queue now. */
export async function shouldRunJobs(payload: Payload): Promise<boolean> {
  const state = jobRunnerState()
  const redis = sharedRedis()
  if (!state.listening) {
    state.listening = true
    // A graceful stop (server.mjs) ends this instance's part at once.
    process.once('SIGTERM', () => void releaseJobRunner().catch(() => undefined))
  }
  let runner = !autorunDisabled() && !state.stopping
  if (runner && redis) {
    try {
      runner = (await redis.eval(TAKE_OR_RENEW, 1, LEASE(), instanceId(), String(leaseMs()))) === 1
    } catch (error) {
      // Without Redis nobody can tell who runs: nobody does until it answers again.
      payload.logger.warn(`Job runner lease unavailable, not running jobs: ${(error as Error).message}`)
      runner = false
    }
  }
  if (runner !== state.runner) {
    payload.logger.info(runner ? `This instance (${instanceId()}) now runs the job queue` : 'Job queue runs elsewhere')
    state.runner = runner
    state.since = new Date().toISOString()
  }
  if (!runner) return false
  state.ticks++
  await payload.jobs.handleSchedules({ queue: 'default' })
  return true
}

/** Gives the lease up at a graceful stop, so another instance takes over on its next tick. */
export async function releaseJobRunner() {
  const redis = sharedRedis()
  const state = jobRunnerState()
  // No more ticks here: a stopping instance might otherwise take the lease again.
  state.stopping = true
  if (!redis || !state.runner) return
  state.runner = false
  await redis.eval(
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
    1,
    LEASE(),
    instanceId(),
  )
}
