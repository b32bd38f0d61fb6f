import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DELETE, GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'

import { getTestPayload, slugFromHook, staffToken } from '../helpers/payload'

/**
 * Several hundred malformed requests, generated across every collection, anonymous and signed in,
 * through the app's own REST and GraphQL routes: each must get a 4xx (never a 5xx) within 10 s.
 * The counts are printed for the closing note.
 */
let payload: Payload
let editor: string
let parkId: number | string
const handlers = { GET, POST, PATCH, DELETE }
const tally = { tried: 0, ok4xx: 0, fivexx: [] as string[], hangs: [] as string[], other: [] as string[] }

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await staffToken(payload, 'editor')
  parkId = (await payload.create({ collection: 'parks', data: slugFromHook({ name: '畸形请求测试园区' }) })).id
})

afterAll(() => {
  console.info(
    `[malformed] tried ${tally.tried}: ${tally.ok4xx} answered 4xx, ${tally.fivexx.length} 5xx, ${tally.hangs.length} hangs, ${tally.other.length} other`,
  )
})

async function send(label: string, request: () => Promise<Response>) {
  tally.tried++
  const timeout = new Promise<'hang'>((resolve) => setTimeout(() => resolve('hang'), 10_000).unref())
  const outcome = await Promise.race([request().catch((error: unknown) => error as Error), timeout])
  if (outcome === 'hang') return tally.hangs.push(label)
  if (outcome instanceof Error) return tally.fivexx.push(`${label}: threw ${outcome.message.slice(0, 80)}`)
  await outcome.text()
  if (outcome.status >= 500) tally.fivexx.push(`${label}: ${outcome.status}`)
  else if (outcome.status >= 400) tally.ok4xx++
  else tally.other.push(`${label}: ${outcome.status}`)
}

function rest(
  method: keyof typeof handlers,
  path: string,
  init: { token?: string; body?: BodyInit; type?: string } = {},
) {
  const headers = new Headers({ 'Accept-Language': 'en' })
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.type) headers.set('Content-Type', init.type)
  const url = `http://localhost:3000/api/${path}`
  const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/')
  return handlers[method](new Request(url, { method, headers, body: init.body }), { params: Promise.resolve({ slug }) })
}

const collections = [
  'parks',
  'policies',
  'events',
  'cases',
  'industries',
  'enquiries',
  'media',
  'users',
  'login-attempts',
  'search-index',
]
const users = { anonymous: undefined, editor: () => editor }

const badIds = [
  'abc',
  '1.5',
  '-1',
  '%00',
  '99999999999999999999999',
  "1'%20OR%20'1'='1",
  '%5Bobject%20Object%5D',
  'NaN',
  '0x10',
  '1e3',
]
const badFilters = [
  'where[createdAt][greater_than]=notadate',
  'where[updatedAt][less_than]=99999999999999999',
  'where[createdAt][equals][$gt]=1',
  'where[id][in]=a,b',
  'where[id][equals]=abc',
  'where[id][greater_than]=abc',
  'where[id][near]=1,2',
  'where[slug][near]=1,2',
  'where[slug][like][]=1',
  'where[slug][equals][x]=1',
  'where[slug][in][a][b]=1',
  'where[slug][exists]=maybe',
  'where[slug][regex]=.*',
  'where[id][like]=abc',
  'where[createdAt][contains]=x',
  'where[and]=x',
  'where[or][0]=y',
  `where${'[and][0]'.repeat(12)}[slug][equals]=x`,
]
const badBodies: [string, BodyInit, string][] = [
  ['an array', '[]', 'application/json'],
  ['null', 'null', 'application/json'],
  ['a string', '"x"', 'application/json'],
  ['a number', '123', 'application/json'],
  ['broken JSON', '{{{', 'application/json'],
  ['binary', new Uint8Array([0, 255, 1, 2, 250]), 'application/json'],
  ['deeply nested', '['.repeat(5000) + ']'.repeat(5000), 'application/json'],
  ['plain text', 'name=x', 'text/plain'],
  ['XML', '<park/>', 'application/xml'],
  ['a form', 'name=x', 'application/x-www-form-urlencoded'],
  ['multipart without boundary', 'x', 'multipart/form-data'],
  ['multipart junk', 'not multipart at all', 'multipart/form-data; boundary=xyz'],
  [
    'multipart with a broken _payload',
    '--xyz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{{{\r\n--xyz--\r\n',
    'multipart/form-data; boundary=xyz',
  ],
  ['over 1 MB', JSON.stringify({ name: 'x'.repeat(1_100_000) }), 'application/json'],
]
const badGraphql: [string, BodyInit, string][] = [
  [
    'a fragment cycle',
    JSON.stringify({ query: 'query { Parks { ...A } } fragment A on Parks { totalDocs ...A }' }),
    'application/json',
  ],
  [
    'a ring of fragments',
    JSON.stringify({ query: 'query { Parks { ...A } } fragment A on Parks { ...B } fragment B on Parks { ...A }' }),
    'application/json',
  ],
  ['broken JSON', '{{{', 'application/json'],
  ['an array', '[]', 'application/json'],
  ['a number as query', JSON.stringify({ query: 1 }), 'application/json'],
  ['variables as a string', JSON.stringify({ query: '{ Parks { totalDocs } }', variables: 'x' }), 'application/json'],
  ['plain text', '{ Parks { totalDocs } }', 'text/plain'],
  ['empty', '', 'application/json'],
]

describe('malformed requests get a 4xx, never a 5xx or a hang', () => {
  for (const [who, token] of Object.entries(users)) {
    it(`ids in the path (${who})`, async () => {
      for (const collection of collections) {
        for (const id of badIds) {
          for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
            await send(`${method} ${collection}/${id} (${who})`, () =>
              rest(method, `${collection}/${id}`, {
                token: token?.(),
                ...(method === 'PATCH' ? { body: '{"name":"x"}', type: 'application/json' } : {}),
              }),
            )
          }
        }
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })

    it(`filters (${who})`, async () => {
      for (const collection of collections) {
        for (const filter of badFilters) {
          await send(`GET ${collection}?${filter} (${who})`, () =>
            rest('GET', `${collection}?${filter}`, { token: token?.() }),
          )
          await send(`DELETE ${collection}?${filter} (${who})`, () =>
            rest('DELETE', `${collection}?${filter}`, { token: token?.() }),
          )
        }
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })

    it(`filters on versions (${who})`, async () => {
      // The versions' own fields (parent, latest, autosave, snapshot …) and the document's under
      // `version.`, each with every comparison and values of the wrong kind (found by the hostile run:
      // where[parent][less_than]={{7*7}} was a 500).
      const paths = ['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale', 'version.slug', 'version._status']
      const operators = ['equals', 'less_than', 'greater_than_equal', 'in', 'exists', 'like', 'near', 'all']
      const values = ['%7B%7B7*7%7D%7D', 'abc', '-1.5e309', '', 'true,false', '%00']
      for (const base of ['parks/versions', 'events/versions', 'industries/versions', 'globals/home/versions']) {
        for (const path of paths)
          for (const operator of operators)
            for (const value of values) {
              const query = `where[${path}][${operator}]=${value}`
              await send(`GET ${base}?${query} (${who})`, () => rest('GET', `${base}?${query}`, { token: token?.() }))
            }
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })

    it(`bodies and content types (${who})`, async () => {
      for (const collection of collections) {
        for (const [label, body, type] of badBodies) {
          await send(`POST ${collection} ${label} (${who})`, () =>
            rest('POST', collection, { token: token?.(), body, type }),
          )
          await send(`PATCH ${collection}/${String(parkId)} ${label} (${who})`, () =>
            rest('PATCH', `${collection}/${String(parkId)}`, { token: token?.(), body, type }),
          )
        }
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })

    it(`GraphQL documents (${who})`, async () => {
      for (const [label, body, type] of badGraphql) {
        const headers = new Headers({ 'Content-Type': type, 'Accept-Language': 'en' })
        if (token) headers.set('Authorization', `JWT ${token()}`)
        await send(`GraphQL ${label} (${who})`, () =>
          GRAPHQL(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body })),
        )
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })
  }

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
    const override = await handlers.POST(
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
        handlers.POST(
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
