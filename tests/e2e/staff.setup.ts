import { mkdirSync, writeFileSync } from 'node:fs'

import { expect, test as setup } from '@playwright/test'

import { demo, type Member, staffDir, staffFile } from './staff'

/**
 * Staff accounts of each worker's own, created and signed in once before any test: Payload keeps a
 * user's sessions in one field, and two logins of one account at the same moment (tests in parallel)
 * can overwrite each other's session. Here each account logs in exactly once, one after the other;
 * the tests reuse that session (its cookie, or its token for API calls) and never log in again.
 */
setup('staff accounts for each worker', async ({ playwright, request, baseURL }, testInfo) => {
  const login = await request.post('/api/users/login', { data: demo.admin })
  expect(login.status()).toBe(200)
  const adminToken = `JWT ${(await login.json()).token}`
  mkdirSync(staffDir, { recursive: true })
  const workers: Record<number, Record<string, Member>> = {}
  for (let index = 0; index < testInfo.config.workers; index++) {
    const accounts: Record<string, Member> = (workers[index] = {})
    for (const [role, name] of [
      ['editor', '测试编辑'],
      ['reviewer', '测试审核'],
    ] as const) {
      const account = { email: `e2e-${role}-${index}@example.com`, password: `e2e-${role}-2026` }
      const created = await request.post('/api/users', {
        headers: { Authorization: adminToken },
        data: { ...account, name: `${name} ${index + 1}`, roles: [role] },
      })
      // 400: it exists already (a run on a reused database); it is signed in all the same.
      expect([201, 400]).toContain(created.status())
      const session = await playwright.request.newContext({ baseURL })
      const signedIn = await session.post('/api/users/login', { data: account })
      expect(signedIn.status()).toBe(200)
      const token = `JWT ${(await signedIn.json()).token}`
      const storageState = staffFile(`${role}-${index}`)
      await session.storageState({ path: storageState })
      await session.dispose()
      accounts[role] = { ...account, token, storageState }
    }
    accounts.admin = { ...demo.admin, token: adminToken, storageState: '' }
  }
  writeFileSync(staffFile('accounts'), JSON.stringify(workers, null, 2))
})
