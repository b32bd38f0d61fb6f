import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/staff'

import { jobRunnerState } from './jobRunner'
import { instanceId, sharedRedis } from './redis.mjs'

/**
 * GET /api/health: liveness, answered without touching the database (a load balancer or an
 * orchestrator restarts an instance that stops answering it).
 * GET /api/health/ready: readiness, 200 only when the database answers, and Redis when REDIS_URL
 * is set; 503 with what failed otherwise. An instance that is stopping answers 503 to both
 * (server.mjs), so it is taken out of rotation before it goes.
 * Staff (signed in) also see which instance answered and its part in running jobs.
 */
const started = Date.now()

function answer(req: PayloadRequest, status: number, body: Record<string, unknown>) {
  const details = isStaffUser(req.user)
    ? { instance: instanceId(), uptimeSeconds: Math.round((Date.now() - started) / 1000), jobs: jobRunnerState() }
    : {}
  return Response.json({ ...body, ...details }, { status, headers: { 'Cache-Control': 'no-store' } })
}

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ])

async function check(work: () => Promise<unknown>) {
  try {
    await within(2000, work())
    return 'ok'
  } catch (error) {
    return `failed: ${(error as Error).message}`
  }
}

export const healthEndpoints: Endpoint[] = [
  {
    path: '/health',
    method: 'get',
    handler: (req) => answer(req, 200, { status: 'ok' }),
  },
  {
    path: '/health/ready',
    method: 'get',
    handler: async (req) => {
      const redis = sharedRedis()
      const checks: Record<string, string> = {
        database: await check(() => req.payload.count({ collection: 'users', overrideAccess: true })),
      }
      if (redis) checks.redis = await check(() => redis.ping())
      const ready = Object.values(checks).every((result) => result === 'ok')
      return answer(req, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks })
    },
  },
]
