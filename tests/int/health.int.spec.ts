import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { jobAutorun, jobRunnerState, shouldRunJobs } from '@/lib/server/jobRunner'

import { getTestPayload, rest, staffToken } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** The probes a load balancer asks (Payload's real REST handler). The cluster test asks them over HTTP. */
describe('health and readiness', () => {
  it('GET /api/health answers 200 without touching the database, and names nothing to the public', async () => {
    const response = await rest('GET', 'health')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('GET /api/health/ready checks the database; staff also see the instance and its job-runner part', async () => {
    const anonymous = await rest('GET', 'health/ready')
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).toEqual({ status: 'ready', checks: { database: 'ok' } })
    const staff = await rest('GET', 'health/ready', { token: await staffToken(payload, 'admin') })
    expect(staff.json).toMatchObject({
      status: 'ready',
      instance: expect.stringMatching(/:\d+$/),
      uptimeSeconds: expect.any(Number),
      jobs: { runner: expect.any(Boolean), ticks: expect.any(Number) },
    })
  })
})

describe('the job runner without Redis', () => {
  it('PAYLOAD_JOBS_AUTORUN=false (as in these tests): no cron, and this process never runs the queue', async () => {
    expect(process.env.PAYLOAD_JOBS_AUTORUN).toBe('false')
    expect(jobAutorun()).toEqual([])
    expect(await shouldRunJobs(payload)).toBe(false)
    expect(jobRunnerState().ticks).toBe(0)
  })

  it('otherwise: every minute by default, JOBS_CRON when set, schedules queued only by the runner', () => {
    const saved = { autorun: process.env.PAYLOAD_JOBS_AUTORUN, cron: process.env.JOBS_CRON }
    try {
      delete process.env.PAYLOAD_JOBS_AUTORUN
      delete process.env.JOBS_CRON
      expect(jobAutorun()).toEqual([{ cron: '* * * * *', queue: 'default', disableScheduling: true }])
      process.env.JOBS_CRON = '*/2 * * * * *'
      expect(jobAutorun()[0]?.cron).toBe('*/2 * * * * *')
    } finally {
      process.env.PAYLOAD_JOBS_AUTORUN = saved.autorun
      if (saved.cron === undefined) delete process.env.JOBS_CRON
      else process.env.JOBS_CRON = saved.cron
    }
  })
})

/** The delayed page refresh after a publish (hooks/revalidatePortal.ts): the server asks itself. */
describe('the delayed page refresh', () => {
  it('answers only the server itself: without its signed token, whoever asks, a 403', async () => {
    const editor = await staffToken(payload, 'editor')
    const tries: Record<string, string>[] = [
      {},
      { 'x-portal-revalidate': 'x' },
      { 'x-portal-revalidate': 'a'.repeat(64) },
    ]
    for (const headers of tries) {
      expect((await rest('POST', 'portal/revalidate', { headers })).status).toBe(403)
      expect((await rest('POST', 'portal/revalidate', { headers, token: editor })).status).toBe(403)
    }
    const token = createHmac('sha256', payload.secret).update('portal-revalidate').digest('hex')
    expect((await rest('POST', 'portal/revalidate', { headers: { 'x-portal-revalidate': token } })).status).toBe(204)
  })
})
