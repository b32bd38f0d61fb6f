import { beforeAll, describe, expect, it } from 'vitest'

import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'

import { malformedKit } from '../helpers/malformed'

/**
 * Several hundred malformed requests, generated across every collection, anonymous and signed in,
 * through the app's own REST and GraphQL routes: each must get a 4xx (never a 5xx) within 10 s.
 * The counts are printed for the closing note.
 */
const kit = malformedKit('malformed')
const { tally, send, rest } = kit
let editor: string
let parkId: number | string
beforeAll(() => {
  editor = kit.editor
  parkId = kit.parkId
})

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

/** A small seeded generator: the same requests on every run. */
const generator = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

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
      // A JSON object under each way of naming (or not naming) its type: with none, Payload read no
      // body, and the news' create hook met no data (a 500, found by the hostile run).
      const types = ['', 'application/json; charset=UTF-8', 'Application/JSON', 'application/vnd.api+json', 'text/json']
      for (const collection of [...collections, 'news', 'pages', 'events', 'registrations']) {
        for (const type of types)
          for (const body of ['{"a":1}', '{}', '{"title":1,"name":[]}']) {
            await send(`POST ${collection} ${body} as "${type}" (${who})`, () =>
              rest('POST', collection, { token: token?.(), body, type }),
            )
          }
      }
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

    it(`list filters made of every kind of item, on every kind of field (${who})`, async () => {
      // `in=1,` became NaN in the adapter's query (a 500, found by the hostile run): lists are
      // generated from every kind of item, written as text and as an array, on each kind of field.
      const next = generator(18 + who.length)
      const items = ['', '1', String(parkId), 'a', 'null', '1.5', '%20', '-1', 'true', '2026-01-01', '%00', '%2C']
      const kinds = ['text', 'number', 'date', 'select', 'checkbox', 'relationship', 'upload']
      for (const collection of ['parks', 'events', 'enquiries', 'registrations']) {
        const fields = kit.payload.collections[collection as 'parks'].config.flattenedFields
        const names = ['id', ...kinds.flatMap((kind) => fields.find((field) => field.type === kind)?.name ?? [])]
        for (const name of names)
          for (const operator of ['in', 'not_in', 'all'])
            for (let i = 0; i < 4; i++) {
              const list = Array.from(
                { length: Math.floor(next() * 4) },
                () => items[Math.floor(next() * items.length)],
              )
              const query =
                i % 2 === 0
                  ? `where[${name}][${operator}]=${list.join(',')}`
                  : list.map((item, n) => `where[${name}][${operator}][${n}]=${item}`).join('&') ||
                    `where[${name}][${operator}][]=`
              await send(`GET ${collection}?${query} (${who})`, () =>
                rest('GET', `${collection}?${query}`, { token: token?.() }),
              )
            }
      }
      expect(tally.fivexx).toEqual([])
      expect(tally.hangs).toEqual([])
    })

    it(`multipart parts whose names carry any character (${who})`, async () => {
      // A NUL in a part's name was a 500 (busboy's "Malformed part header"), and so were form data to
      // the spreadsheet endpoints and a text `file`: names and file names with generated characters
      // of every class, to a plain collection, the upload ones and the endpoints.
      const next = generator(29 + who.length)
      const pick = () => {
        const classes = [
          () => Math.floor(next() * 32),
          () => 0x7f + Math.floor(next() * 0x21),
          () => '"\\;=:%'.charCodeAt(Math.floor(next() * 6)),
          () => 0x4e00 + Math.floor(next() * 0x5000),
          () => 0x20 + Math.floor(next() * 0x5f),
        ]
        return String.fromCharCode(classes[Math.floor(next() * classes.length)]!())
      }
      for (let i = 0; i < 40; i++) {
        // A part named `file` holding text is a reference to a file in a storage bucket to Payload.
        const name = i % 5 === 0 ? 'file' : `x${pick()}${pick()}`
        const file = next() < 0.5 ? `; filename="${pick()}a${pick()}.csv"` : ''
        const content = ['a,b', 'null', '{}', '{"filename":"x.csv"}', '1'][Math.floor(next() * 5)]
        const document =
          next() < 0.5 ? 'Content-Disposition: form-data; name="_payload"\r\n\r\n{"name":"x"}\r\n--b0' : ''
        const body = Buffer.concat([
          Buffer.from(`--b0\r\nContent-Disposition: form-data; name="`),
          Buffer.from(name, next() < 0.5 ? 'utf8' : 'latin1'),
          Buffer.from(`"${file}\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--b0`),
          Buffer.from(document ? `\r\n${document}--\r\n` : '--\r\n'),
        ])
        for (const path of [
          'parks',
          'media',
          'users/logout',
          'exports',
          'imports',
          'exports/export-preview',
          'exports/download',
          'imports/preview-data',
          'enquiries/submit',
        ]) {
          await send(`POST ${path} part ${JSON.stringify(name)} (${who})`, () =>
            rest('POST', path, { token: token?.(), body, type: 'multipart/form-data; boundary=b0' }),
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
})
