import { type APIRequestContext, type Browser, expect, type Locator, type Page } from '@playwright/test'

/** Demo accounts that `npm run seed` creates on a development database (see README). */
export const demo = {
  admin: { email: 'admin@example.com', password: 'demo-admin-2026' },
  editor: { email: 'editor@example.com', password: 'demo-editor-2026' },
  reviewer: { email: 'reviewer@example.com', password: 'demo-reviewer-2026' },
}

/** A fresh browser context logged into the admin (Chinese UI, wide enough for its side navigation), from its own address. */
export async function logIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    // Its own client address: login throttling after another test's wrong password must not couple them.
    extraHTTPHeaders: {
      'X-Forwarded-For': `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  })
  const page = await context.newPage()
  // Twice at most: Payload keeps a user's sessions in one field, and two logins of the same account
  // at the same moment (tests in parallel) can overwrite each other's session (noted in the README).
  for (let attempt = 1; ; attempt++) {
    await page.goto('/admin/login')
    // Filled before hydration, the form would be emptied again.
    await page.waitForLoadState('networkidle')
    await page.getByLabel('电子邮件').fill(account.email)
    await page.getByLabel('密码').fill(account.password)
    await page.getByRole('button', { name: '登录' }).click()
    try {
      // The first login of a run also compiles the admin's dashboard: slow on a busy 2-core machine.
      await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
      return page
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
}

/**
 * An admin page as that member of staff, `ready` once it shows. When another test logged the same
 * account in meanwhile (Payload's session race, above), the page turns into the login form, at once
 * or after its first request: then once more with a fresh login.
 */
export async function openAs(
  browser: Browser,
  account: { email: string; password: string },
  path: string,
  ready: (page: Page) => Locator,
): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await logIn(browser, account)
    await page.goto(path)
    const loginForm = page.getByRole('button', { name: '登录' })
    await expect(ready(page).or(loginForm).first()).toBeVisible({ timeout: 60_000 })
    if (!(await loginForm.isVisible()) || attempt >= 2) return page
    await page.context().close()
  }
}

/** A browser context of its own visitor: its own client address, so per-address limits stay apart. */
export const fromOwnAddress = () => ({
  extraHTTPHeaders: {
    'X-Forwarded-For': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  },
})

/** A person takes more than the forms' minimum fill time (3 s); so does a test. */
export const likeAPerson = (page: Page) => page.waitForTimeout(3_200)

/** An API token of a demo account, for requests made as that member of staff. */
export async function apiToken(request: APIRequestContext, account: { email: string; password: string }) {
  const login = await request.post('/api/users/login', { data: account })
  return `JWT ${(await login.json()).token}`
}
