import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { rest, unique } from '../helpers/payload'
import { reviewKit } from '../helpers/review'

/**
 * Review as a flow (issue 29): an editor sends a draft for review, a reviewer sends it back with a
 * note or publishes it, the request records who did what; one open request per document, also
 * under concurrency; the same for the globals.
 */
const kit = reviewKit()
const { tokens, ids, newsDraft, submit } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

describe('an editor submits a draft for review', () => {
  it('opens one request with what the server knows, whatever the client claims', async () => {
    const draft = await newsDraft()
    const sent = await submit({
      target: 'news',
      documentId: draft.id,
      note: '  请看第二段  ',
      state: 'published',
      submittedBy: ids.reviewer,
      openKey: 'x',
    })
    expect(sent.status).toBe(201)
    const doc = sent.json?.doc
    expect(doc).toMatchObject({ target: 'news', documentId: draft.id, title: draft.title, state: 'waiting' })
    expect(doc.note).toBe('请看第二段')
    expect(typeof doc.submittedBy === 'object' ? doc.submittedBy.id : doc.submittedBy).toBe(ids.editor)
    expect(doc.openKey).toBe(`news:${draft.id}`)
    expect(doc.versionId).toBeTruthy()

    for (const [lang, text] of [
      ['zh', /已在等待审核/],
      ['en', /already waiting for review/],
    ] as const) {
      const again = await submit({ target: 'news', documentId: draft.id }, tokens.otherEditor, lang)
      expect(again.status).toBe(409)
      expect(JSON.stringify(again.json)).toMatch(text)
    }
  })

  it('holds one open request per document when many submit at once', async () => {
    const draft = await newsDraft()
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        submit({ target: 'news', documentId: draft.id }, i % 2 ? tokens.otherEditor : tokens.editor),
      ),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    for (const answer of answers) expect([201, 400, 409]).toContain(answer.status)
    const open = await payload.count({
      collection: 'review-requests',
      where: { and: [{ documentId: { equals: draft.id } }, { state: { equals: 'waiting' } }] },
    })
    expect(open.totalDocs).toBe(1)
  })

  it('refuses, in the reader’s language, what cannot be reviewed; never a 5xx (generated)', async () => {
    const published = await payload.create({
      collection: 'news',
      data: { title: unique('已发布'), _status: 'published' } as never,
      locale: 'zh',
    })
    const nothing = await submit({ target: 'news', documentId: String(published.id) }, tokens.editor, 'en')
    expect(nothing.status).toBe(400)
    expect(JSON.stringify(nothing.json)).toMatch(/no changes to review/)
    const missing = await submit({ target: 'parks', documentId: '99999999' })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toMatch(/找不到要审核的内容/)
    expect((await rest('POST', 'review-requests', { body: { target: 'news', documentId: '1' } })).status).toBe(403)
    expect((await rest('GET', 'review-requests')).status).toBe(403)

    // Generated bodies: wrong kinds, unknown targets, ids that are none, in every combination (a global
    // with a draft is a valid request: tested below).
    let seed = 11
    const next = () => (seed = (seed * 48271) % 2147483647)
    const values = [undefined, null, '', 'news', 'users', 'x'.repeat(300), 7, [], {}, true, '1e3', '-1']
    for (let i = 0; i < 60; i++) {
      const body = {
        target: values[next() % values.length],
        documentId: values[next() % values.length],
        note: next() % 3 ? values[next() % values.length] : 'n'.repeat(2001),
      }
      const answer = await submit(body)
      expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(answer.status, JSON.stringify(body)).toBeLessThan(500)
    }
  })
})

describe('a reviewer decides', () => {
  it('sends back with a note (only a reviewer, only while waiting); the editor sees it; a new request replaces it', async () => {
    const draft = await newsDraft()
    const request = (await submit({ target: 'news', documentId: draft.id })).json?.doc
    const path = `review-requests/${request.id}`

    expect(
      (await rest('PATCH', path, { token: tokens.editor, body: { state: 'sentBack', decisionNote: 'x' } })).status,
    ).toBe(403)
    const noNote = await rest('PATCH', path, { token: tokens.reviewer, body: { state: 'sentBack' }, lang: 'en' })
    expect(noNote.status).toBe(400)
    expect(JSON.stringify(noNote.json)).toMatch(/Say why when sending back/)
    const other = await rest('PATCH', path, { token: tokens.reviewer, body: { state: 'published', decisionNote: 'x' } })
    expect(other.status).toBe(400)

    const back = await rest('PATCH', path, {
      token: tokens.reviewer,
      body: { state: 'sentBack', decisionNote: '英文摘要缺失', note: 'changed', submittedBy: ids.reviewer },
    })
    expect(back.status).toBe(200)
    expect(back.json?.doc).toMatchObject({ state: 'sentBack', decisionNote: '英文摘要缺失', openKey: null, note: null })
    expect(back.json?.doc.decidedBy?.id ?? back.json?.doc.decidedBy).toBe(ids.reviewer)
    // Decided once: a second decision is refused.
    expect(
      (await rest('PATCH', path, { token: tokens.reviewer, body: { state: 'sentBack', decisionNote: 'y' } })).status,
    ).toBe(400)

    const mine = await rest(
      'GET',
      `review-requests?where[submittedBy][equals]=${ids.editor}&where[state][equals]=sentBack&where[documentId][equals]=${draft.id}`,
      { token: tokens.editor },
    )
    expect(mine.json?.docs?.map((d: { decisionNote: string }) => d.decisionNote)).toEqual(['英文摘要缺失'])

    expect((await submit({ target: 'news', documentId: draft.id })).status).toBe(201)
    const earlier = await payload.findByID({ collection: 'review-requests', id: request.id })
    expect(earlier.state).toBe('replaced')
  })

  it('publishes: the request closes as published, by the reviewer; deleting a draft withdraws its request', async () => {
    const draft = await newsDraft()
    const request = (await submit({ target: 'news', documentId: draft.id })).json?.doc
    // The editor's further autosaves keep it waiting.
    await rest('PATCH', `news/${draft.id}?draft=true&autosave=true`, {
      token: tokens.editor,
      body: { summary: '补充' },
    })
    expect((await payload.findByID({ collection: 'review-requests', id: request.id })).state).toBe('waiting')

    const published = await rest('PATCH', `news/${draft.id}`, {
      token: tokens.reviewer,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const closed = await payload.findByID({ collection: 'review-requests', id: request.id, depth: 0 })
    expect(closed).toMatchObject({ state: 'published', openKey: null, decidedBy: ids.reviewer })

    const other = await newsDraft()
    const otherRequest = (await submit({ target: 'news', documentId: other.id })).json?.doc
    expect((await rest('DELETE', `news/${other.id}`, { token: tokens.editor })).status).toBe(200)
    expect((await payload.findByID({ collection: 'review-requests', id: otherRequest.id })).state).toBe('withdrawn')
  })

  it('works the same for a global: the home page’s draft waits, a publish closes it', async () => {
    // Published as it is (a database without the seed gets the one required text).
    const current = await payload.findGlobal({ slug: 'home', locale: 'zh', depth: 0 })
    const hero = { ...current.hero, title: current.hero?.title || unique('首页') }
    expect((await rest('POST', 'globals/home?draft=true', { token: tokens.editor, body: { hero } })).status).toBe(200)
    const sent = await submit({ target: 'home', documentId: '123' })
    expect(sent.status).toBe(201)
    expect(sent.json?.doc).toMatchObject({ target: 'home', documentId: null, openKey: 'home', state: 'waiting' })
    expect(
      (await rest('POST', 'globals/home', { token: tokens.reviewer, body: { hero, _status: 'published' } })).status,
    ).toBe(200)
    const closed = await payload.findByID({ collection: 'review-requests', id: sent.json?.doc.id, depth: 0 })
    expect(closed).toMatchObject({ state: 'published', decidedBy: ids.reviewer })
  })
})
