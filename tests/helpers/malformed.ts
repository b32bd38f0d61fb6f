import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { DELETE, GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'

import { getTestPayload, slugFromHook, staffToken } from './payload'

const handlers = { GET, POST, PATCH, DELETE }

/**
 * What the malformed-request tests share: Payload, an editor's token, a park to aim at, a raw REST
 * request through the app's own route handlers, and `send`, which tallies each answer (4xx, 5xx,
 * a hang over 10 s) for the counts printed after the file.
 */
export function malformedKit(name: string) {
  let payload: Payload | undefined
  let editor = ''
  let parkId: number | string = 0
  const tally = { tried: 0, ok4xx: 0, fivexx: [] as string[], hangs: [] as string[], other: [] as string[] }
  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await staffToken(payload, 'editor')
    parkId = (await payload.create({ collection: 'parks', data: slugFromHook({ name: '畸形请求测试园区' }) })).id
  })
  afterAll(() => {
    console.info(
      `[${name}] tried ${tally.tried}: ${tally.ok4xx} answered 4xx, ${tally.fivexx.length} 5xx, ${tally.hangs.length} hangs, ${tally.other.length} other`,
    )
  })
  return {
    get payload(): Payload {
      if (!payload) throw new Error('malformedKit: used before its beforeAll ran')
      return payload
    },
    get editor() {
      return editor
    },
    get parkId() {
      return parkId
    },
    tally,
    async send(label: string, request: () => Promise<Response>) {
      tally.tried++
      const timeout = new Promise<'hang'>((resolve) => setTimeout(() => resolve('hang'), 10_000).unref())
      const outcome = await Promise.race([request().catch((error: unknown) => error as Error), timeout])
      if (outcome === 'hang') return tally.hangs.push(label)
      if (outcome instanceof Error) return tally.fivexx.push(`${label}: threw ${outcome.message.slice(0, 80)}`)
      await outcome.text()
      if (outcome.status >= 500) tally.fivexx.push(`${label}: ${outcome.status}`)
      else if (outcome.status >= 400) tally.ok4xx++
      else tally.other.push(`${label}: ${outcome.status}`)
    },
    rest(method: keyof typeof handlers, path: string, init: { token?: string; body?: BodyInit; type?: string } = {}) {
      const headers = new Headers({ 'Accept-Language': 'en' })
      if (init.token) headers.set('Authorization', `JWT ${init.token}`)
      if (init.type) headers.set('Content-Type', init.type)
      const url = `http://localhost:3000/api/${path}`
      const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/')
      return handlers[method](new Request(url, { method, headers, body: init.body }), {
        params: Promise.resolve({ slug }),
      })
    },
  }
}
