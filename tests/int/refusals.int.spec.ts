import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest, signedIn, unique } from '../helpers/payload'

/**
 * What Payload would answer with a 500 or expose is refused at our edge: locks for oneself, no-store
 * on personal data, client mistakes answered 4xx, ids that are none on every route, preferences.
 */
const session = signedIn()
const { tokens } = session
let payload: Payload
beforeAll(() => {
  payload = session.payload
})

describe('document locks and personal data', () => {
  it('lets a member of staff lock a document for themselves only', async () => {
    const me = await rest('GET', 'users/me', { token: tokens.editor })
    const admin = await rest('GET', 'users/me', { token: tokens.admin })
    const park = await payload.find({ collection: 'parks', limit: 1, depth: 0 })
    const document = { relationTo: 'parks', value: park.docs[0]!.id }
    const forAdmin = await rest('POST', 'payload-locked-documents', {
      token: tokens.editor,
      lang: 'en',
      body: { document, user: { relationTo: 'users', value: admin.json?.user.id } },
    })
    expect(forAdmin.status).toBe(403)
    expect(JSON.stringify(forAdmin.json)).toMatch(/only be locked by the person editing/)
    const own = await rest('POST', 'payload-locked-documents', {
      token: tokens.editor,
      body: { document, user: { relationTo: 'users', value: me.json?.user.id } },
    })
    expect(own.status).toBe(201)
    const changeOwner = await rest('PATCH', `payload-locked-documents/${own.json?.doc.id}`, {
      token: tokens.editor,
      body: { user: { relationTo: 'users', value: admin.json?.user.id } },
    })
    expect(changeOwner.status).toBe(403)
    await payload.delete({ collection: 'payload-locked-documents', id: own.json?.doc.id })
  })

  it('answers with Cache-Control: no-store wherever personal data is in the answer', async () => {
    for (const path of ['enquiries?limit=1', 'registrations?limit=1', 'users/me', 'enquiries/export']) {
      const response = await rest('GET', path, { token: tokens.editor })
      expect(response.status, path).toBeLessThan(400)
      expect(response.headers.get('cache-control'), path).toBe('no-store')
    }
    const graph = await graphql('{ Parks(limit: 1) { totalDocs } }', { token: tokens.editor })
    expect(graph.status).toBe(200)
  })
})

describe('what Payload would answer with a 500 is the client’s mistake, answered 4xx', () => {
  const collections = ['parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages']
  const badWholeNumbers = ['-1', '1.5', 'Infinity', 'NaN', 'abc', '1e3', '99999999999', '%00', '[]']

  it('paging and depth: whole numbers in range, and a bounded answer for anonymous clients (generated)', async () => {
    for (const collection of collections) {
      for (const name of ['limit', 'page', 'depth']) {
        for (const value of badWholeNumbers) {
          const response = await rest('GET', `${collection}?${name}=${value}`, { lang: 'en' })
          expect(response.status, `${collection}?${name}=${value}`).toBe(400)
          expect(response.json?.errors?.[0]?.message).toMatch(new RegExp(`${name} must be a whole number`))
        }
      }
      // Anonymous: never "every document", never deeper than 3; staff lists may.
      expect((await rest('GET', `${collection}?limit=0`)).status).toBe(400)
      expect((await rest('GET', `${collection}?depth=5`)).status).toBe(400)
      expect((await rest('GET', `${collection}?limit=100&depth=3`)).status).toBe(200)
      expect((await rest('GET', `${collection}?limit=0&depth=5`, { token: tokens.editor })).status).toBe(200)
    }
  })

  it('filters of the wrong kind, on collections, globals’ versions and in GraphQL', async () => {
    expect((await rest('GET', 'news/count?where[_status][all]=published')).status).toBe(400)
    expect(
      (await rest('GET', 'globals/home/versions?where[updatedAt][near]=1,2', { token: tokens.editor })).status,
    ).toBe(400)
    const graph = await graphql('{ Parks(where: { name: { all: ["a", "b"] } }) { docs { id } } }', { lang: 'en' })
    expect(JSON.stringify(graph.json)).not.toMatch(/"statusCode":5\d\d/)
    expect(graph.json.errors?.[0]?.message).toMatch(/A filter has the wrong form/)
    const paged = await graphql('query ($l: Int) { Parks(limit: $l) { totalDocs } }')
    expect(paged.status).toBe(200)
  })

  it('form data to a collection without uploads needs its _payload and no file; OPTIONS and internal collections', async () => {
    for (const parts of [[], [['file', new Blob(['x'], { type: 'image/png' }), 'a.png']], [['name', 'x']]] as const) {
      const form = new FormData()
      for (const [name, value, filename] of parts as unknown as [string, string | Blob, string?][]) {
        if (typeof value === 'string') form.set(name, value)
        else form.set(name, value, filename)
      }
      if (parts.length === 0) form.set('other', '1')
      const response = await rest('POST', 'industries', { form, token: tokens.editor, lang: 'en' })
      expect(response.status).toBe(400)
      expect(response.json?.errors?.[0]?.message).toMatch(/form data/)
    }
    expect((await rest('GET', 'payload-migrations')).status).toBe(404)
    expect((await rest('GET', 'users/logout', { token: tokens.editor })).status).toBe(405)
    expect((await rest('PATCH', 'parks/count', { token: tokens.editor, body: {} })).status).toBe(405)
    expect((await rest('GET', 'payload-jobs/versions', { token: tokens.admin })).status).toBe(404)
    expect((await rest('POST', 'users/verify/abc')).status).toBe(404)
    expect((await rest('GET', 'media/file/does-not-exist.png')).status).toBe(404)
    // No duplicates of an upload (its stored file may be gone: Payload answered 500).
    const media = await payload.find({ collection: 'media', limit: 1, depth: 0 })
    const mediaId = media.docs[0]?.id ?? 1
    expect((await rest('POST', `media/${mediaId}/duplicate`, { token: tokens.admin, body: {} })).status).toBe(404)
    // The same read sent as the admin sends long queries (POST, read as a GET): found by the hostile suite.
    const asGet = { 'x-payload-http-method-override': 'GET' }
    const form = { type: 'application/x-www-form-urlencoded', text: 'trash=prototype' }
    for (const name of ['true', 'does-not-exist.png', '..%2Fpackage.json']) {
      const read = await rest('POST', `media/file/${name}`, {
        token: tokens.editor,
        headers: asGet,
        raw: form,
        lang: 'en',
      })
      expect(read.status).toBe(404)
      expect(read.json?.errors?.[0]?.message).toBe('Not found.')
    }
  })
})

describe('a document id that is none, on every collection and every route Payload takes an id in', () => {
  it('is a 404, also where the collection is addressed by another key (preferences: found by the hostile suite)', async () => {
    const slugs = payload.config.collections
      .map((collection) => collection.slug)
      .filter((s) => s !== 'payload-migrations')
    const notIds = ['C:\\Windows', 'abc', '1.5', '-1', 'NaN', '%20', '0x10', '１', '1e3']
    const routes = [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/duplicate'],
    ] as const
    let seed = 7
    for (const slug of slugs) {
      for (const [method, tail] of routes) {
        // Preferences take any key on GET, POST and DELETE `/:key` (tested below); PATCH is by id.
        if (slug === 'payload-preferences' && tail === '' && method !== 'PATCH') continue
        // A generated id beside the fixed ones: random printable text Payload would pass to the database.
        seed = (seed * 48271) % 2147483647
        const generated = Array.from({ length: 1 + (seed % 9) }, (_, k) => String.fromCharCode(33 + ((seed >> k) % 90)))
          .join('')
          .replace(/[/?#]/g, 'x')
        for (const id of [...notIds, generated]) {
          if (/^\d+$/.test(id)) continue
          const path = `${slug}/${encodeURIComponent(id)}${tail}`
          const response = await rest(method, path, {
            token: tokens.admin,
            lang: 'en',
            body: method === 'GET' || method === 'DELETE' ? undefined : {},
          })
          expect(response.status, `${method} ${path}`).toBeLessThan(500)
          expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
        }
      }
    }
  })
})

describe('a member of staff resets an admin preference', () => {
  it('deletes their own preference by its key (Payload’s own handler fails in SQL), and nobody else’s', async () => {
    const key = `test-preference-${unique()}`
    const set = await rest('POST', `payload-preferences/${key}`, { token: tokens.editor, body: { value: { a: 1 } } })
    expect(set.status).toBeLessThan(300)
    expect((await rest('DELETE', `payload-preferences/${key}`, { token: tokens.reviewer })).status).toBe(404)
    expect((await rest('DELETE', `payload-preferences/${key}`)).status).toBe(401)
    const deleted = await rest('DELETE', `payload-preferences/${key}`, { token: tokens.editor, lang: 'en' })
    expect(deleted.status).toBe(200)
    expect(deleted.json?.message).toBe('Deleted.')
    expect((await rest('GET', `payload-preferences/${key}`, { token: tokens.editor })).json?.value ?? null).toBeNull()
    expect((await rest('DELETE', `payload-preferences/${key}`, { token: tokens.editor })).status).toBe(404)
  })
})
