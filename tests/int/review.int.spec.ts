import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { removeEmptyDrafts } from '@/lib/emptyDrafts'
import { remindReviewers } from '@/lib/review/reminders'

import { rest, staffToken, unique, getTestPayload } from '../helpers/payload'
import { type ReceivedMail, startSmtp } from '../helpers/smtp'

/**
 * Review as a flow (issue 29): an editor sends a draft for review, a reviewer sends it back with a
 * note or publishes it, the request records who did what; one open request per document, also
 * under concurrency; the same for the globals.
 */
let payload: Payload
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

/** A news draft written by the editor through the API, as the admin's autosave writes it. */
async function newsDraft(title = unique('待审新闻')) {
  const created = await rest('POST', 'news?draft=true', { token: tokens.editor, body: { title, _status: 'draft' } })
  expect(created.status).toBe(201)
  return { id: String(created.json?.doc?.id), title }
}

const submit = (body: Record<string, unknown>, token = tokens.editor, lang: 'zh' | 'en' = 'zh') =>
  rest('POST', 'review-requests', { token, body, lang })

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

describe('reviewers are reminded of what waits longer than a working day', () => {
  const mails: ReceivedMail[] = []
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
  beforeAll(async () => {
    smtp = await startSmtp(mails)
    return async () => {
      await smtp?.stop()
      await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
    }
  })

  it('keeps the working calendar as data only administrators change, with a localized error for a day that is none', async () => {
    const days = [{ date: '2026-12-04', kind: 'holiday', name: '测试假日' }]
    expect((await rest('POST', 'globals/working-calendar', { token: tokens.editor, body: { days } })).status).toBe(403)
    expect((await rest('GET', 'globals/working-calendar')).status).toBe(403)
    for (const [date, lang, text] of [
      ['2026-02-30', 'zh', /真实的日期/],
      ['7 Dec 2026', 'en', /Enter a real date as YYYY-MM-DD/],
    ] as const) {
      const bad = await rest('POST', 'globals/working-calendar', {
        token: tokens.admin,
        body: { days: [{ date }] },
        lang,
      })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.json)).toMatch(text)
    }
    const saved = await rest('POST', 'globals/working-calendar', { token: tokens.admin, body: { days } })
    expect(saved.status).toBe(200)
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
  })

  it('mails the reviewers once a working day, counting holidays from the calendar', async () => {
    const sendAt = async (submittedAt: string) => {
      const draft = await newsDraft()
      const request = (await submit({ target: 'news', documentId: draft.id })).json?.doc
      await payload.update({
        collection: 'review-requests',
        id: request.id,
        data: { submittedAt },
        context: { reviewSystem: true },
      })
      return draft.title
    }
    // Monday 7 December 2026, 10:00 in Beijing. Sent Thursday: late (the end of Friday has passed);
    // sent Friday afternoon: not yet (it has until the end of Monday).
    const monday = new Date('2026-12-07T10:00:00+08:00')
    const thursday = await sendAt('2026-12-03T10:00:00+08:00')
    const friday = await sendAt('2026-12-04T15:00:00+08:00')

    // With Friday a holiday, Thursday's has until the end of Monday too: nobody is mailed.
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [{ date: '2026-12-04', kind: 'holiday' }] } })
    expect(await remindReviewers(payload, monday)).toBe(0)
    // Nor on a Sunday.
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
    expect(await remindReviewers(payload, new Date('2026-12-06T10:00:00+08:00'))).toBe(0)

    mails.length = 0
    expect(await remindReviewers(payload, monday)).toBe(1)
    await expect.poll(() => mails.length).toBe(1)
    const [mail] = mails
    expect(mail!.subject).toBe('1 项内容等待审核已超过一个工作日')
    expect(mail!.text).toContain(thursday)
    expect(mail!.text).not.toContain(friday)
    expect(mail!.text).toMatch(/\/admin\/collections\/news\/\d+/)
    const reviewer = (await payload.findByID({ collection: 'users', id: ids.reviewer })).email
    expect(mail!.to).toContain(reviewer)
    // Once a day: again the same day, nothing; the next working day, both.
    expect(await remindReviewers(payload, new Date('2026-12-07T16:00:00+08:00'))).toBe(0)
    expect(await remindReviewers(payload, new Date('2026-12-08T10:00:00+08:00'))).toBe(2)
  })
})

describe('no empty records', () => {
  it('removes untitled drafts untouched for a day, and nothing with a title in any language or ever published', async () => {
    const empty = await payload.create({ collection: 'parks', data: {} as never, draft: true, locale: 'zh' })
    const english = await payload.create({ collection: 'parks', data: {} as never, draft: true, locale: 'zh' })
    await payload.update({
      collection: 'parks',
      id: english.id,
      locale: 'en',
      draft: true,
      data: { name: 'An English draft' } as never,
    })
    const fresh = await payload.create({ collection: 'news', data: {} as never, draft: true, locale: 'zh' })
    const later = new Date(Date.now() + 25 * 3600_000)
    // A draft touched within the day stays.
    expect(await removeEmptyDrafts(payload, new Date(Date.now() + 3600_000))).toBe(0)
    const removed = await removeEmptyDrafts(payload, later)
    expect(removed).toBeGreaterThanOrEqual(2)
    const exists = async (collection: 'parks' | 'news', id: number | string) =>
      (await payload.find({ collection, where: { id: { equals: id } }, draft: true, overrideAccess: true })).totalDocs
    expect(await exists('parks', empty.id)).toBe(0)
    expect(await exists('news', fresh.id)).toBe(0)
    expect(await exists('parks', english.id)).toBe(1)
  })
})
