import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '@/seed/richText'

import { accessKit } from '../helpers/access'
import { rest, unique } from '../helpers/payload'

/**
 * Access beyond the matrix: editing in the admin (live edits, bulk actions, who saved, languages),
 * scheduled publishing, the globals and media.
 */
const kit = accessKit()
const { tokens, fixture, statusOf } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

describe('editing in the admin', () => {
  it("refuses an editor's live edit with a message in the request's language", async () => {
    const id = await fixture('parks', 'name', 'published')
    const zh = await rest('PATCH', `parks/${id}`, { token: tokens.editor, body: { _status: 'draft' }, lang: 'zh' })
    expect(zh.status).toBe(403)
    expect(zh.json?.errors?.[0]?.message).toMatch(/编辑只能保存草稿/)
    const en = await rest('PATCH', `parks/${id}`, { token: tokens.editor, body: { _status: 'draft' }, lang: 'en' })
    expect(en.json?.errors?.[0]?.message).toMatch(/Editors save drafts only/)
  })

  it('offers bulk Publish / Unpublish / Edit to publishers only, and refuses a bulk publish by an editor in words', async () => {
    const permissions = async (role: 'editor' | 'reviewer') =>
      (await rest('GET', 'access', { token: tokens[role] })).json?.collections
    const [editor, reviewer] = await Promise.all([permissions('editor'), permissions('reviewer')])
    // What the list view reads: without `update` it shows none of the three bulk buttons.
    expect(editor.parks.update ?? false).toBe(false)
    expect(editor.parks.create).toBe(true)
    expect(reviewer.parks.update).toBe(true)
    // The edit view still lets the editor save drafts (its permissions are asked with the document).
    const id = await fixture('parks', 'name', 'draft')
    const saved = await rest('PATCH', `parks/${id}?draft=true`, {
      token: tokens.editor,
      body: { summary: '编辑保存草稿', _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    // The request the bulk Publish button sends, sent by an editor anyway.
    for (const [lang, words] of [
      ['zh', /编辑只能保存草稿/],
      ['en', /Editors save drafts only/],
    ] as const) {
      const bulk = await rest('PATCH', `parks?where[id][in]=${id}&draft=true`, {
        token: tokens.editor,
        body: { _status: 'published' },
        lang,
      })
      expect(bulk.status).toBe(403)
      expect(bulk.json?.errors?.[0]?.message).toMatch(words)
    }
    expect(await statusOf('parks', id)).toBe('draft')
  })

  it('records who saved each version', async () => {
    const id = await fixture('parks', 'name', 'published')
    const editorId = (await rest('GET', 'users/me', { token: tokens.editor })).json?.user.id
    await rest('PATCH', `parks/${id}?draft=true`, {
      token: tokens.editor,
      body: { summary: '编辑修改摘要', _status: 'draft' },
    })
    const versions = await rest('GET', `parks/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`, {
      token: tokens.reviewer,
    })
    expect(versions.json?.docs[0].version.updatedBy).toBe(editorId)
    expect(versions.json?.docs[0].version.summary).toBe('编辑修改摘要')
  })

  it('shows which languages are complete, and lists published documents missing English', async () => {
    const token = tokens.reviewer
    const created = await rest('POST', 'parks?locale=zh', {
      token,
      body: { name: unique('完整度园区'), summary: '中文摘要', body: richText(['中文正文']), _status: 'published' },
    })
    const id = created.json?.doc.id
    expect(created.json?.doc.translationState).toBe('中 ✔ / 繁 ✔ / EN ✘')
    const halfEnglish = await rest('PATCH', `parks/${id}?locale=en`, { token, body: { name: 'Completeness Park' } })
    expect(halfEnglish.json?.doc).toMatchObject({ zhComplete: true, enComplete: false })
    const missing = await rest(
      'GET',
      'parks?where[_status][equals]=published&where[enComplete][equals]=false&limit=200',
      {
        token,
      },
    )
    expect(missing.json?.docs.map((d: { id: number }) => d.id)).toContain(id)

    const complete = await rest('PATCH', `parks/${id}?locale=en`, {
      token,
      body: { summary: 'English summary', body: richText(['English body']) },
    })
    expect(complete.json?.doc.translationState).toBe('中 ✔ / 繁 ✔ / EN ✔')
    // Saving Chinese again keeps the English verdict (it is read from the stored document).
    const zhAgain = await rest('PATCH', `parks/${id}?locale=zh`, { token, body: { summary: '新的中文摘要' } })
    expect(zhAgain.json?.doc.translationState).toBe('中 ✔ / 繁 ✔ / EN ✔')
  })
})

describe('scheduled publishing', () => {
  const schedule = async (id: number | string, role: 'editor' | 'reviewer') => {
    const me = (await rest('GET', 'users/me', { token: tokens[role] })).json?.user
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        // Stored as text, as the admin's schedule drawer does (the job converts it back).
        doc: { relationTo: 'parks', value: String(id) as never },
        user: { relationTo: 'users', value: me.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ limit: 50 })
  }

  it("publishes at the scheduled time as the reviewer who scheduled it; an editor's schedule publishes nothing", async () => {
    const byReviewer = await fixture('parks', 'name', 'draft')
    await schedule(byReviewer, 'reviewer')
    expect(await statusOf('parks', byReviewer)).toBe('published')

    const byEditor = await fixture('parks', 'name', 'draft')
    await schedule(byEditor, 'editor')
    expect(await statusOf('parks', byEditor)).toBe('draft')
  })

  it('refuses to let the public run the job queue', async () => {
    const res = await rest('GET', 'payload-jobs/run')
    expect([401, 403]).toContain(res.status)
  })
})

describe('globals', () => {
  it('editors save drafts of the home page; only publishers publish; the public never sees a draft', async () => {
    const before = unique('首页标题')
    const set = await rest('POST', 'globals/home?locale=zh', {
      token: tokens.reviewer,
      body: { hero: { title: before }, _status: 'published' },
    })
    expect(set.status).toBe(200)
    const draftTitle = unique('首页草稿标题')
    const draft = await rest('POST', 'globals/home?draft=true&locale=zh', {
      token: tokens.editor,
      body: { hero: { title: draftTitle }, _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect((await rest('GET', 'globals/home?locale=zh')).json?.hero?.title).toBe(before)
    expect((await rest('GET', 'globals/home?locale=zh&draft=true')).json?.hero?.title).toBe(before)
    expect((await rest('GET', 'globals/home?locale=zh&draft=true', { token: tokens.editor })).json?.hero?.title).toBe(
      draftTitle,
    )

    const editorPublish = await rest('POST', 'globals/home?locale=zh', {
      token: tokens.editor,
      body: { hero: { title: draftTitle }, _status: 'published' },
    })
    expect(editorPublish.status).toBe(403)
    expect((await rest('GET', 'globals/home?locale=zh')).json?.hero?.title).toBe(before)

    const reviewerPublish = await rest('POST', 'globals/home?locale=zh', {
      token: tokens.reviewer,
      body: { hero: { title: before }, _status: 'published' },
    })
    expect(reviewerPublish.status).toBe(200)
    expect((await rest('POST', 'globals/home?locale=zh')).status).toBe(403)
  })
})

describe('media', () => {
  const upload = async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#b91c1c' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new File([new Uint8Array(png)], `${unique('m')}.png`, { type: 'image/png' }))
    form.append('_payload', JSON.stringify({ alt: '测试图片' }))
    return form
  }

  it('the public reads files only; editors upload; only publishers delete', async () => {
    expect((await rest('POST', 'media', { form: await upload() })).status).toBe(403)
    const uploaded = await rest('POST', 'media', { form: await upload(), token: tokens.editor })
    expect(uploaded.status).toBe(201)
    const id = uploaded.json?.doc.id
    expect((await rest('GET', `media/${id}`)).status).toBe(200)
    expect((await rest('DELETE', `media/${id}`)).status).toBe(403)
    expect((await rest('DELETE', `media/${id}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('DELETE', `media/${id}`, { token: tokens.reviewer })).status).toBe(200)
  })
})
