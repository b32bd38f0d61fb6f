import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, graphql, rest, staffToken, unique } from '../helpers/payload'
import { type Section, SECTIONS, sections } from '@/lib/sections'
import { richText } from '@/seed/richText'

/**
 * The access matrix through Payload's REST handlers: every content collection × anonymous /
 * editor / reviewer / admin × each operation, each cell asserting allowed or refused, and that a
 * refused operation changed nothing.
 */
let payload: Payload
type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const tokens: Partial<Record<Role, string>> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  for (const role of ['editor', 'reviewer', 'admin'] as const) tokens[role] = await staffToken(payload, role)
})

// Every public section of the registry, by the field that names its documents.
const content = sections.map((section) => [section, SECTIONS[section].titleField] as const)
type Collection = Section

const ops = [
  'readPublished',
  'readDraft',
  'createDraft',
  'createPublished',
  'saveDraftOfLive',
  'editLiveInPlace',
  'publish',
  'unpublish',
  'deleteDraft',
  'deletePublished',
  'readVersions',
] as const
type Op = (typeof ops)[number]

const publisher = Object.fromEntries(ops.map((op) => [op, true])) as Record<Op, boolean>
const expected: Record<Role, Record<Op, boolean>> = {
  anonymous: { ...Object.fromEntries(ops.map((op) => [op, false])), readPublished: true } as Record<Op, boolean>,
  editor: {
    ...publisher,
    createPublished: false,
    editLiveInPlace: false,
    publish: false,
    unpublish: false,
    deletePublished: false,
  },
  reviewer: publisher,
  admin: publisher,
}

const extra = (collection: Collection) =>
  collection === 'events' ? { startsAt: '2027-05-01T01:00:00.000Z', startsAt_tz: 'Asia/Shanghai' } : {}

async function fixture(collection: Collection, field: string, status: 'draft' | 'published') {
  const doc = await payload.create({
    collection,
    locale: 'zh',
    draft: status === 'draft',
    data: { [field]: unique(status === 'draft' ? '草稿' : '已发布'), _status: status, ...extra(collection) } as never,
  })
  return doc.id
}

const statusOf = async (collection: Collection, id: number | string) =>
  (await payload.findByID({ collection, id, depth: 0, disableErrors: true }))?._status

describe.each(content)('access to %s', (collection, field) => {
  it.each(roles)('as %s, each operation is allowed or refused as the role says', async (role) => {
    const token = tokens[role]
    const allowed = expected[role]
    const [published, draft, live, toUnpublish, draftToDelete, publishedToDelete] = await Promise.all([
      fixture(collection, field, 'published'),
      fixture(collection, field, 'draft'),
      fixture(collection, field, 'published'),
      fixture(collection, field, 'published'),
      fixture(collection, field, 'draft'),
      fixture(collection, field, 'published'),
    ])
    const outcome: Partial<Record<Op, boolean>> = {}

    outcome.readPublished = (await rest('GET', `${collection}/${published}`, { token })).status === 200
    outcome.readDraft = (await rest('GET', `${collection}/${draft}?draft=true`, { token })).status === 200

    const draftBody: Record<string, unknown> = { [field]: unique('新草稿'), _status: 'draft', ...extra(collection) }
    const createdDraft = await rest('POST', `${collection}?draft=true`, { token, body: draftBody })
    outcome.createDraft = createdDraft.status === 201

    const publishedBody: Record<string, unknown> = {
      [field]: unique('直接发布'),
      _status: 'published',
      ...extra(collection),
    }
    const createdPublished = await rest('POST', collection, { token, body: publishedBody })
    outcome.createPublished = createdPublished.status === 201
    if (!outcome.createPublished) {
      expect(
        (await payload.count({ collection, where: { [field]: { equals: publishedBody[field] } } })).totalDocs,
      ).toBe(0)
    }

    // A draft over a live document: the public keeps seeing the published version.
    const draftTitle = unique('修改草稿')
    const savedDraft = await rest('PATCH', `${collection}/${live}?draft=true`, {
      token,
      body: { [field]: draftTitle, _status: 'draft' },
    })
    outcome.saveDraftOfLive = savedDraft.status === 200
    const publicView = await rest('GET', `${collection}/${live}`)
    expect(publicView.json?.[field]).not.toBe(draftTitle)
    expect(await statusOf(collection, live)).toBe('published')

    const inPlace = await rest('PATCH', `${collection}/${live}`, { token, body: { [field]: unique('直接修改') } })
    outcome.editLiveInPlace = inPlace.status === 200

    const publish = await rest('PATCH', `${collection}/${draft}`, { token, body: { _status: 'published' } })
    outcome.publish = publish.status === 200
    expect(await statusOf(collection, draft)).toBe(outcome.publish ? 'published' : 'draft')

    const unpublish = await rest('PATCH', `${collection}/${toUnpublish}`, { token, body: { _status: 'draft' } })
    outcome.unpublish = unpublish.status === 200
    expect(await statusOf(collection, toUnpublish)).toBe(outcome.unpublish ? 'draft' : 'published')

    outcome.deleteDraft = (await rest('DELETE', `${collection}/${draftToDelete}`, { token })).status === 200
    expect(await statusOf(collection, draftToDelete)).toBe(outcome.deleteDraft ? undefined : 'draft')
    outcome.deletePublished = (await rest('DELETE', `${collection}/${publishedToDelete}`, { token })).status === 200
    expect(await statusOf(collection, publishedToDelete)).toBe(outcome.deletePublished ? undefined : 'published')

    outcome.readVersions = (await rest('GET', `${collection}/versions?limit=1`, { token })).status === 200

    expect(outcome).toEqual(allowed)
  })
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

describe('users and roles', () => {
  const me = async (token?: string) => (await rest('GET', 'users/me', { token })).json?.user

  it('the public reads no accounts, on REST or GraphQL, and no versions', async () => {
    expect((await rest('GET', 'users')).status).toBe(403)
    const gql = await graphql('{ Users { docs { email roles } } }')
    expect(gql.json.data?.Users ?? null).toBeNull()
    expect(gql.json.errors?.length).toBeGreaterThan(0)
    const versions = await graphql('{ versionsParks { docs { id } } }')
    expect(versions.json.data?.versionsParks ?? null).toBeNull()
    expect(versions.json.errors?.length).toBeGreaterThan(0)
  })

  it.each(['editor', 'reviewer'] as const)(
    'a %s reads colleagues’ names and addresses, not their sessions, and cannot raise their own role, create, delete or unlock accounts',
    async (role) => {
      const token = tokens[role]!
      const self = await me(token)
      const list = await rest('GET', 'users?limit=500', { token })
      const adminAccount = (await me(tokens.admin)).id
      const seen = list.json?.docs as { id: number; email?: string; sessions?: unknown }[]
      expect(seen.map((u) => u.id)).toEqual(expect.arrayContaining([self.id, adminAccount]))
      const colleague = seen.find((u) => u.id === adminAccount)!
      expect(colleague.email).toMatch(/@/)
      // The colleague is signed in (their own read shows the session); others see none of it.
      expect(
        (await rest('GET', `users/${adminAccount}`, { token: tokens.admin })).json?.sessions?.length,
      ).toBeGreaterThan(0)
      expect(colleague.sessions ?? []).toEqual([])

      const raise = await rest('PATCH', `users/${self.id}`, { token, body: { roles: ['admin'] } })
      expect([200, 403]).toContain(raise.status)
      expect((await payload.findByID({ collection: 'users', id: self.id })).roles).toEqual([role])

      const adminId = (await me(tokens.admin)).id
      expect((await rest('PATCH', `users/${adminId}`, { token, body: { name: 'x' } })).status).toBe(403)
      expect((await rest('DELETE', `users/${adminId}`, { token })).status).toBe(403)
      const created = await rest('POST', 'users', {
        token,
        body: { email: `${unique('new')}@test.example`, password: 'long-enough-password', roles: ['editor'] },
      })
      expect(created.status).toBe(403)
      const unlock = await rest('POST', 'users/unlock', { token, body: { email: (await me(tokens.admin)).email } })
      expect(unlock.status).toBe(403)
    },
  )

  it('an administrator manages accounts and roles, and unlocks them', async () => {
    const token = tokens.admin
    const email = `${unique('managed')}@test.example`
    const created = await rest('POST', 'users', {
      token,
      body: { email, password: 'long-enough-password', roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    const promoted = await rest('PATCH', `users/${created.json?.doc.id}`, { token, body: { roles: ['reviewer'] } })
    expect(promoted.json?.doc.roles).toEqual(['reviewer'])
    expect((await rest('POST', 'users/unlock', { token, body: { email } })).status).toBe(200)
  })

  it('refuses a password shorter than 10 characters, in the request language', async () => {
    for (const [lang, message] of [
      ['zh', /密码至少需要 10 个字符/],
      ['en', /at least 10 characters/],
    ] as const) {
      const res = await rest('POST', 'users', {
        token: tokens.admin,
        lang,
        body: { email: `${unique('short')}@test.example`, password: 'short', roles: ['editor'] },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.json)).toMatch(message)
    }
  })

  it('throttles failed logins per address: nobody can lock a member of staff out', async () => {
    const email = `${unique('guessed')}@test.example`
    const password = 'the-right-password'
    await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] } })
    const from = (address: string) => ({ 'x-portal-client-address': address })
    const attacker = `198.51.100.${Math.floor(Math.random() * 250)}`
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (await rest('POST', 'users/login', { body: { email, password: 'wrong-password' }, headers: from(attacker) }))
          .status,
      )
    }
    // Five wrong passwords are answered as such; then that address is refused, with a message saying why.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429])
    const refused = await rest('POST', 'users/login', {
      body: { email, password },
      headers: from(attacker),
      lang: 'en',
    })
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.json)).toContain('Too many failed logins from your address')
    const refusedZh = await rest('POST', 'users/login', { body: { email, password }, headers: from(attacker) })
    expect(JSON.stringify(refusedZh.json)).toContain('登录失败次数过多')
    // The member of staff, from their own address, logs in at once: the account is not locked.
    const owner = await rest('POST', 'users/login', { body: { email, password }, headers: from('203.0.113.77') })
    expect(owner.status).toBe(200)
    expect(owner.json?.user.email).toBe(email)

    // An administrator sees the failures and lifts the block by deleting them; others see nothing.
    const where = `where[account][equals]=${encodeURIComponent(email)}`
    const listed = await rest('GET', `login-attempts?${where}`, { token: tokens.admin })
    expect(listed.status).toBe(200)
    expect(listed.json?.docs.length).toBeGreaterThanOrEqual(5)
    expect(listed.json?.docs[0]).toMatchObject({ account: email, address: attacker })
    expect((await rest('GET', `login-attempts?${where}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('GET', `login-attempts?${where}`)).status).toBe(403)
    expect(
      (await rest('POST', 'login-attempts', { token: tokens.admin, body: { account: 'x', address: 'y' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `login-attempts?${where}`, { token: tokens.admin })).status).toBe(200)
    expect((await rest('POST', 'users/login', { body: { email, password }, headers: from(attacker) })).status).toBe(200)
  })

  it('answers an unknown email exactly like a wrong password', async () => {
    const email = `${unique('known')}@test.example`
    await payload.create({ collection: 'users', data: { email, password: 'the-right-password', roles: ['editor'] } })
    for (const lang of ['zh', 'en'] as const) {
      const headers = { 'x-portal-client-address': `192.0.2.${Math.floor(Math.random() * 250)}` }
      const wrong = await rest('POST', 'users/login', { body: { email, password: 'wrong-password' }, headers, lang })
      const unknown = await rest('POST', 'users/login', {
        body: { email: `nobody-${email}`, password: 'wrong-password' },
        headers,
        lang,
      })
      expect(wrong.status).toBe(401)
      expect(unknown.status).toBe(wrong.status)
      expect(unknown.json).toEqual(wrong.json)
    }
  })
})
