import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS } from '@/lib/server/graphqlCost'

import { nestedFragments } from '../system/hostile/generate.mjs'

import { graphql, rest, signedIn, unique } from '../helpers/payload'

/**
 * The second hardening pass (issue 26): bounded GraphQL work, the review workflow for globals,
 * atomic login throttling, the password rule on reset, locks for oneself, no-store on personal data.
 */
const session = signedIn()
const { tokens } = session
let payload: Payload
beforeAll(() => {
  payload = session.payload
})

describe('GraphQL work is bounded by what a document expands to', () => {
  it('refuses the 607-byte nested-fragment document at once, in the reader’s language', async () => {
    const query = nestedFragments(13, 4)
    expect(query.length).toBeLessThan(700)
    for (const [lang, text] of [
      ['zh', /一次要求的内容过多/],
      ['en', /asks for too much at once/],
    ] as const) {
      const response = await graphql(query, { lang })
      expect(response.status).toBe(400)
      expect(response.json.errors?.[0]?.message).toMatch(text)
    }
  })

  it('decides by the expanded size for every shape of nesting (generated)', async () => {
    for (let levels = 1; levels <= 14; levels++) {
      for (const fan of [1, 2, 3, 5]) {
        // Every fragment is validated whole, and the operation once more with F0 expanded in it.
        const leaves = (k: number) => fan ** k
        const fragments = Array.from({ length: levels }, (_, k) => leaves(k)).reduce((a, b) => a + b, 0)
        const expanded = fragments + 2 + leaves(levels - 1) // plus Parks and docs
        const response = await graphql(nestedFragments(levels, fan))
        const refused = expanded > GRAPHQL_LIMITS.fields
        expect(response.status, `${levels} levels × ${fan}`).toBe(refused ? 400 : 200)
        if (!refused) expect(response.json.data?.Parks?.docs).toBeInstanceOf(Array)
      }
    }
  })

  it('finds fragment cycles whatever hides them (comments, strings, commas), and refuses subscriptions', async () => {
    for (const hide of ['#}\n', ',', '"}"', '# x\n', '', ' , , ']) {
      const query = `{ Parks { docs { ...A } } } fragment ${hide}A on Park { ...B ${hide} } fragment B on Park { ${hide} ...A }`
      const response = await graphql(query, { lang: 'en' })
      expect(response.status, JSON.stringify(hide)).toBe(400)
    }
    for (const query of ['subscription { x }', 'subscription S { Parks { totalDocs } }']) {
      const response = await graphql(query, { lang: 'en' })
      expect(response.status).toBe(400)
      expect(response.json.errors?.[0]?.message).toMatch(/queries and mutations/)
    }
  })

  it('refuses too many aliases and too deep a selection, and still answers an ordinary query', async () => {
    const aliases = `{ ${Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `a${i}: Parks { totalDocs }`).join(' ')} }`
    expect((await graphql(aliases)).status).toBe(400)
    const deep = `{ Parks { docs { ${'industries { '.repeat(GRAPHQL_LIMITS.depth)}id${' }'.repeat(GRAPHQL_LIMITS.depth)} } } }`
    expect((await graphql(deep)).status).toBe(400)
    const ordinary = await graphql('{ Parks(limit: 2) { docs { name slug } totalDocs } }')
    expect(ordinary.status).toBe(200)
    expect(ordinary.json.data?.Parks?.totalDocs).toBeGreaterThan(0)
  })
})

describe('globals follow the review workflow', () => {
  for (const slug of ['home', 'site-settings'] as const) {
    it(`${slug}: an editor saves drafts but cannot publish or unpublish, through the API`, async () => {
      const before = await rest('GET', `globals/${slug}`)
      expect(before.status).toBe(200)
      const publicBefore = JSON.stringify(before.json)

      // A draft: saved, and the public sees no change.
      const draft = await rest('POST', `globals/${slug}?draft=true`, { token: tokens.editor, body: {} })
      expect(draft.status).toBe(200)
      // A save that is not a draft (it would publish the draft, or empty the live global): refused.
      for (const body of [{}, { _status: 'published' }, { _status: 'draft' }]) {
        for (const [lang, text] of [
          ['zh', /编辑只能保存草稿/],
          ['en', /Editors save drafts only/],
        ] as const) {
          const saved = await rest('POST', `globals/${slug}`, { token: tokens.editor, body, lang })
          expect(saved.status, JSON.stringify(body)).toBe(403)
          expect(JSON.stringify(saved.json)).toMatch(text)
        }
      }
      // Restoring an old version live: refused too.
      const versions = await rest('GET', `globals/${slug}/versions?limit=1`, { token: tokens.editor })
      const versionId = versions.json?.docs?.[0]?.id
      expect(versionId).toBeDefined()
      expect((await rest('POST', `globals/${slug}/versions/${versionId}`, { token: tokens.editor })).status).toBe(403)

      const after = await rest('GET', `globals/${slug}`)
      expect(JSON.stringify(after.json)).toBe(publicBefore)
    })

    it(`${slug}: a reviewer publishes, but nobody unpublishes it (the public never sees it empty)`, async () => {
      const unpublish = await rest('POST', `globals/${slug}`, {
        token: tokens.reviewer,
        body: { _status: 'draft' },
        lang: 'en',
      })
      expect(unpublish.status).toBe(400)
      expect(JSON.stringify(unpublish.json)).toMatch(/stay published/)
      const published = await rest('POST', `globals/${slug}`, {
        token: tokens.reviewer,
        body: { _status: 'published' },
      })
      expect(published.status).toBe(200)
      const read = await rest('GET', `globals/${slug}`)
      expect(read.json?._status).toBe('published')
    })
  }
})

describe('login throttling holds under concurrency', () => {
  it('evaluates at most the limit of 100 concurrent logins from one address at a throttled account', async () => {
    const email = `${unique('burst')}@test.example`
    const password = 'the-right-password'
    await payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
    const headers = { 'x-portal-client-address': `198.18.${Math.floor(Math.random() * 250)}.7` }
    // Four failures already: one attempt is left before the address is refused for this account.
    for (let i = 0; i < 4; i++) {
      expect((await rest('POST', 'users/login', { body: { email, password: 'wrong' }, headers })).status).toBe(401)
    }
    const right = Math.floor(Math.random() * 100)
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        rest('POST', 'users/login', { body: { email, password: i === right ? password : 'wrong' }, headers }).then(
          (response) => ({ status: response.status, token: response.json?.token as string | undefined }),
        ),
      ),
    )
    const evaluated = statuses.filter(({ status }) => status !== 429)
    expect(evaluated.length).toBe(1)
    expect(statuses.filter(({ status }) => status === 429)).toHaveLength(99)
    // The right password got a token only if it was the one attempt let through.
    const tokensGiven = statuses.filter(({ token }) => token)
    expect(tokensGiven.length).toBeLessThanOrEqual(1)
  })
})

describe('the password rule holds wherever a password is set', () => {
  it('refuses a short password on reset, in the reader’s language, and takes a long one', async () => {
    const email = `${unique('reset')}@test.example`
    await payload.create({ collection: 'users', data: { email, password: 'first-password-ok', roles: ['editor'] } })
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    for (const [lang, text] of [
      ['zh', /密码至少需要 10 个字符/],
      ['en', /at least 10 characters/],
    ] as const) {
      const short = await rest('POST', 'users/reset-password', { body: { token, password: 'short' }, lang })
      expect(short.status).toBe(400)
      expect(JSON.stringify(short.json)).toMatch(text)
    }
    const login = await rest('POST', 'users/login', {
      body: { email, password: 'short' },
      headers: { 'x-portal-client-address': '192.0.2.201' },
    })
    expect(login.status).toBe(401)
    const long = await rest('POST', 'users/reset-password', { body: { token, password: 'a-long-new-password' } })
    expect(long.status).toBe(200)
  })
})
