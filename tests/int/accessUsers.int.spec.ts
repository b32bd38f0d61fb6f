import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { accessKit } from '../helpers/access'
import { graphql, rest, unique } from '../helpers/payload'

/**
 * Accounts and roles: what the public and each role may read and change, passwords, and the login
 * throttle.
 */
const kit = accessKit()
const { tokens } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
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
