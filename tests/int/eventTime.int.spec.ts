import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventTimeWhere, isPast } from '@/lib/portal/eventTime'

import { getTestPayload, unique } from '../helpers/payload'

/**
 * One definition of a past event: the query the lists and feeds use selects exactly the events
 * that `isPast` (the event page) calls upcoming or past, for every shape of timing (generated).
 */
let payload: Payload
const HOUR = 3_600_000
const tag = unique('时间测试')

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('past and upcoming events', () => {
  it('the query and the page agree for starts, ends and date-only events around now', async () => {
    const now = Date.now()
    const shapes: { startsAt: string; endsAt?: string; dateOnly: boolean | null }[] = []
    for (const start of [-72, -30, -20, -5, -1, 1, 5, 48]) {
      for (const length of [undefined, 2, 30]) {
        for (const dateOnly of [true, false, null]) {
          shapes.push({
            startsAt: new Date(now + start * HOUR).toISOString(),
            ...(length === undefined ? {} : { endsAt: new Date(now + (start + length) * HOUR).toISOString() }),
            dateOnly,
          })
        }
      }
    }
    const ids = new Map<number, (typeof shapes)[number]>()
    for (const [i, shape] of shapes.entries()) {
      const doc = await payload.create({
        collection: 'events',
        locale: 'zh',
        data: { title: `${tag} ${i}`, city: '赣州', ...shape, _status: 'published' } as never,
      })
      ids.set(doc.id as number, shape)
    }
    const mine = { title: { like: tag } }
    for (const past of [false, true]) {
      const { docs } = await payload.find({
        collection: 'events',
        where: { and: [mine, eventTimeWhere(past, now)] },
        limit: 500,
        depth: 0,
        pagination: false,
      })
      const found = new Set(docs.map((doc) => doc.id))
      for (const [id, shape] of ids) {
        expect(found.has(id), `${JSON.stringify(shape)} past=${past}`).toBe(isPast(shape, now) === past)
      }
    }
    await payload.delete({ collection: 'events', where: mine })
  })
})
