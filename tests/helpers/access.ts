import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { Section } from '@/lib/sections'

import { getTestPayload, staffToken, unique } from './payload'

export type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
export const roles: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']

/** Fields an event needs besides its title. */
export const extra = (collection: Section) =>
  ({
    events: { startsAt: '2027-05-01T01:00:00.000Z', startsAt_tz: 'Asia/Shanghai' },
    projects: { totalInvestment: 100_000_000, mode: ['equity'] },
  })[collection as string] ?? {}

/**
 * What the access tests share: Payload, a token per staff role, a document made for a test (draft or
 * published) and its status as stored. `accessKit()` sets them up before the calling file's tests.
 */
export function accessKit() {
  let payload: Payload | undefined
  const tokens: Partial<Record<Role, string>> = {}
  const kit = {
    get payload(): Payload {
      if (!payload) throw new Error('accessKit: used before its beforeAll ran')
      return payload
    },
    tokens,
    async fixture(collection: Section, field: string, status: 'draft' | 'published') {
      const doc = await kit.payload.create({
        collection,
        locale: 'zh',
        draft: status === 'draft',
        data: {
          [field]: unique(status === 'draft' ? '草稿' : '已发布'),
          _status: status,
          ...extra(collection),
        } as never,
      })
      return doc.id
    },
    statusOf: async (collection: Section, id: number | string) =>
      (await kit.payload.findByID({ collection, id, depth: 0, disableErrors: true }))?._status,
  }
  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ['editor', 'reviewer', 'admin'] as const) tokens[role] = await staffToken(payload, role)
  })
  return kit
}
