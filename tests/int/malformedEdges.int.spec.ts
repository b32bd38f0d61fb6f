import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'

import { malformedKit } from '../helpers/malformed'
import { slugFromHook, staffToken } from '../helpers/payload'

/**
 * Refusals keep the API's shape and the client's language; well-formed requests of the same kinds still
 * work; array rows and timestamps a client sends cannot break a document.
 */
const kit = malformedKit('malformed: well-formed and edge cases')
const { rest } = kit
let payload: Payload
let editor: string
let parkId: number | string
beforeAll(() => {
  payload = kit.payload
  editor = kit.editor
  parkId = kit.parkId
})

describe('malformed requests: the answers, and what still works', () => {
  it('answers in the API’s usual shape, in the client’s language', async () => {
    for (const [lang, text] of [
      ['en', 'A filter has the wrong form or value.'],
      ['zh', '筛选条件的格式或取值不正确。'],
    ] as const) {
      const response = await GET(
        new Request('http://localhost:3000/api/parks?where[id][equals]=abc', { headers: { 'Accept-Language': lang } }),
        { params: Promise.resolve({ slug: ['parks'] }) },
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ message: text }] })
    }
  })

  it('still serves well-formed requests of the same kinds', async () => {
    const ok = async (response: Promise<Response>) => (await response).status
    expect(await ok(rest('GET', 'parks?where[county][equals]=nankang&where[createdAt][greater_than]=2020-01-01'))).toBe(
      200,
    )
    expect(await ok(rest('GET', `parks?where[id][in]=${String(parkId)},${String(parkId)}`))).toBe(200)
    expect(await ok(rest('GET', `parks/${String(parkId)}?draft=true`, { token: editor }))).toBe(200)
    expect(await ok(rest('GET', 'parks/99999', { token: editor }))).toBe(404)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: '表单创建的园区' }))
    expect(await ok(rest('POST', 'parks?draft=true', { token: editor, body: form }))).toBe(201)
    // As a browser sends it: the boundary is case-sensitive.
    const boundary = '----WebKitFormBoundaryLcrw5YZOCmU9TP12'
    const browserForm = `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":"浏览器表单"}\r\n--${boundary}--\r\n`
    expect(
      await ok(
        rest('POST', 'parks?draft=true', {
          token: editor,
          body: browserForm,
          type: `multipart/form-data; boundary=${boundary}`,
        }),
      ),
    ).toBe(201)
    expect(
      await ok(
        rest('PATCH', `parks/${String(parkId)}?draft=true`, {
          token: editor,
          body: '{"summary":"x"}',
          type: 'application/json',
        }),
      ),
    ).toBe(200)
    // The admin's relationship fields read documents by POST with a method override and a form body.
    const override = await POST(
      new Request('http://localhost:3000/api/parks', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${editor}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Payload-HTTP-Method-Override': 'GET',
        },
        body: `depth=0&select[name]=true&where[id][in][0]=${String(parkId)}`,
      }),
      { params: Promise.resolve({ slug: ['parks'] }) },
    )
    expect(override.status).toBe(200)
    expect((await override.json()).docs).toEqual([{ id: parkId, name: '畸形请求测试园区' }])
    // …and its where is checked like a query string's.
    expect(
      await ok(
        POST(
          new Request('http://localhost:3000/api/parks', {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
            body: 'where[nope][equals]=1',
          }),
          { params: Promise.resolve({ slug: ['parks'] }) },
        ),
      ),
    ).toBe(400)
    const query = await GRAPHQL(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'query { Parks { ...F } } fragment F on Parks { totalDocs }' }),
      }),
    )
    expect(query.status).toBe(200)
  })

  it('a park created with array rows copied from another park keeps both parks’ rows', async () => {
    const first = await payload.create({
      collection: 'parks',
      data: slugFromHook({ name: '行编号测试一', keyFigures: [{ label: '面积', value: 1 }] }),
    })
    const copied = (first.keyFigures ?? []).map((row) => ({ ...row }))
    const second = await PATCH(
      new Request(`http://localhost:3000/api/parks/${String(parkId)}?draft=true`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor}` },
        body: JSON.stringify({ keyFigures: copied }),
      }),
      { params: Promise.resolve({ slug: ['parks', String(parkId)] }) },
    )
    expect(second.status).toBe(200)
    const reread = await payload.findByID({ collection: 'parks', id: first.id, depth: 0 })
    expect(reread.keyFigures?.[0]?.id).toBe(first.keyFigures?.[0]?.id)
  })

  it('a timestamp that is not a date is refused on every route, and the document still reads', async () => {
    // Generated: kinds of value a client might send as createdAt / updatedAt.
    let seed = 20261207
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const junk = (): unknown => {
      const kinds = [
        () => 'x'.repeat(1 + Math.floor(random() * 20)),
        () => `2024-${13 + Math.floor(random() * 80)}-45`,
        () => '',
        () => null,
        () => random() < 0.5,
        () => [],
        () => ({ name: random() }),
        () => Number.MAX_VALUE * (random() < 0.5 ? 1 : -1),
        () => 'NaN',
      ]
      return kinds[Math.floor(random() * kinds.length)]!()
    }
    const reviewer = await staffToken(payload, 'reviewer')
    const target = await payload.create({ collection: 'parks', data: slugFromHook({ name: '时间戳测试园区' }) })
    const path = `parks/${String(target.id)}?draft=true&locale=zh`
    let refused = 0
    for (let i = 0; i < 40; i++) {
      const field = random() < 0.5 ? 'createdAt' : 'updatedAt'
      const data = { [field]: junk() }
      const viaJson = await rest('PATCH', path, {
        token: reviewer,
        body: JSON.stringify(data),
        type: 'application/json',
      })
      const form = new FormData()
      form.set('_payload', JSON.stringify(data))
      const viaForm = await rest('PATCH', path, { token: reviewer, body: form })
      const created = await rest('POST', 'payload-locked-documents', {
        token: editor,
        body: JSON.stringify(data),
        type: 'application/json',
      })
      for (const response of [viaJson, viaForm, created]) {
        expect(response.status, JSON.stringify(data)).toBe(400)
        expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
          new RegExp(`^${field} must be a date`),
        )
        refused++
      }
      const graphql = await GRAPHQL(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${reviewer}`, 'Accept-Language': 'en' },
          body: JSON.stringify({
            query: `mutation ($data: mutationParkUpdateInput!) { updatePark(id: ${String(target.id)}, draft: true, data: $data) { id } }`,
            variables: { data: { [field]: typeof data[field] === 'string' ? data[field] : String(data[field]) } },
          }),
        }),
      )
      const answer = (await graphql.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }
      expect(answer.errors?.[0]?.extensions?.statusCode ?? 400, JSON.stringify(data)).toBeLessThan(500)
      await expect(
        payload.update({ collection: 'parks', id: target.id, data: data as never, draft: true }),
      ).rejects.toThrow(/必须是日期/)
    }
    // The park reads, on the API and as the public would.
    expect((await rest('GET', path, { token: reviewer })).status).toBe(200)
    expect((await payload.findByID({ collection: 'parks', id: target.id, draft: true })).createdAt).toMatch(/^\d{4}-/)
    // A real date is taken, in ISO form.
    const backdated = await rest('PATCH', path, {
      token: reviewer,
      body: JSON.stringify({ createdAt: 1_700_000_000_000 }),
      type: 'application/json',
    })
    expect(backdated.status).toBe(200)
    expect(((await backdated.json()) as { doc: { createdAt: string } }).doc.createdAt).toBe('2023-11-14T22:13:20.000Z')
    console.info(`[malformed] timestamps: ${refused} REST writes refused, 40 GraphQL and 40 Local API`)
  })
})
