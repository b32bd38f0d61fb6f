import { readFileSync } from 'node:fs'
import path from 'node:path'

import { test as base, type Browser, expect, type Locator, type Page } from '@playwright/test'

/** Demo accounts that `npm run seed` creates on a development database (see README); the tests sign in as their own (`test`'s `staff`). */
export const demo = {
  admin: { email: 'admin@example.com', password: 'demo-admin-2026' },
  editor: { email: 'editor@example.com', password: 'demo-editor-2026' },
  reviewer: { email: 'reviewer@example.com', password: 'demo-reviewer-2026' },
}

/** A member of staff as the tests use one: signed in once, by tests/e2e/staff.setup.ts. */
export type Member = { email: string; password: string; token: string; storageState: string }

export const staffDir = path.join(process.cwd(), '.e2e', 'staff')
export const staffFile = (name: string) => path.join(staffDir, `${name}.json`)

/**
 * The test function of every spec that works as staff: `staff` holds this worker's own editor and
 * reviewer (and the admin's token, to create users), so no two tests running at the same time share
 * a session (see staff.setup.ts).
 */
export const test = base.extend<object, { staff: { editor: Member; reviewer: Member; admin: Member } }>({
  staff: [
    // Playwright reads the fixtures a function asks for from its first parameter: none here.
    async ({}, use, workerInfo) => {
      const all = JSON.parse(readFileSync(staffFile('accounts'), 'utf8'))
      await use(all[workerInfo.parallelIndex])
    },
    { scope: 'worker' },
  ],
})

/** A fresh browser context signed in to the admin as `member` (Chinese UI, wide enough for its side navigation), on its dashboard. */
export async function logIn(browser: Browser, member: Member): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    storageState: member.storageState,
    ...fromOwnAddress(),
  })
  const page = await context.newPage()
  await page.goto('/admin')
  // The first admin page of a run also compiles the dashboard: slow on a busy 2-core machine.
  await expect(page.getByRole('heading', { name: '内容', level: 2 })).toBeVisible({ timeout: 30_000 })
  return page
}

/** An admin page as `member`, once `ready` shows. */
export async function openAs(
  browser: Browser,
  member: Member,
  path: string,
  ready: (page: Page) => Locator,
): Promise<Page> {
  const page = await logIn(browser, member)
  await page.goto(path)
  await expect(ready(page)).toBeVisible({ timeout: 60_000 })
  return page
}

/**
 * Waits until React has taken over a server-rendered control (it marks the node with its props):
 * typed into before that, a field of the admin's login form is emptied again and the click does nothing.
 */
export const hydrated = (control: Locator) =>
  expect
    .poll(() => control.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps'))), {
      timeout: 30_000,
    })
    .toBe(true)

/** A browser context of its own visitor: its own client address, so per-address limits stay apart. */
export const fromOwnAddress = () => ({
  extraHTTPHeaders: {
    'X-Forwarded-For': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  },
})

/**
 * A person takes more than the forms' minimum fill time (FORM_MIN_FILL_MS: 1 s on the test server,
 * playwright.config.ts); so does a test.
 */
export const likeAPerson = (page: Page) => page.waitForTimeout(1_200)
