import type { Payload } from 'payload'
import { beforeAll, expect } from 'vitest'

import { getTestPayload, rest, staffToken, unique } from './payload'

/**
 * What the review tests share: Payload, two editors, a reviewer and an admin (tokens and ids), a news
 * draft written through the API as the admin's autosave writes it, and a submit for review.
 */
export function reviewKit() {
  let payload: Payload | undefined
  const tokens = { editor: '', otherEditor: '', reviewer: '', admin: '' }
  const ids = { editor: 0 as number | string, reviewer: 0 as number | string }
  const me = async (token: string) => (await rest('GET', 'users/me', { token })).json?.user?.id as number | string
  beforeAll(async () => {
    payload = await getTestPayload()
    tokens.editor = await staffToken(payload, 'editor')
    tokens.otherEditor = await staffToken(payload, 'editor')
    tokens.reviewer = await staffToken(payload, 'reviewer')
    tokens.admin = await staffToken(payload, 'admin')
    ids.editor = await me(tokens.editor)
    ids.reviewer = await me(tokens.reviewer)
  })
  return {
    get payload(): Payload {
      if (!payload) throw new Error('reviewKit: used before its beforeAll ran')
      return payload
    },
    tokens,
    ids,
    async newsDraft(title = unique('待审新闻')) {
      const created = await rest('POST', 'news?draft=true', { token: tokens.editor, body: { title, _status: 'draft' } })
      expect(created.status).toBe(201)
      return { id: String(created.json?.doc?.id), title }
    },
    submit: (body: Record<string, unknown>, token = tokens.editor, lang: 'zh' | 'en' = 'zh') =>
      rest('POST', 'review-requests', { token, body, lang }),
  }
}
