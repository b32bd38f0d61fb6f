import { expect, type Page } from '@playwright/test'

import { hydrated, logIn, openAs, test } from './staff'

// The demo editor that `npm run seed` creates on a development database (see README).
const editor = { email: 'editor@example.com', password: 'demo-editor-2026' }

test.describe('admin', () => {
  // Wide enough for Payload to keep its side navigation open.
  test.use({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })

  test('an editor logs in and sees the content collections in Chinese', async ({ page, request, staff }) => {
    // An editor of its own, who logs in through the form: the worker's editor stays signed in once (staff.setup.ts).
    const own = { email: `editor-${Date.now().toString(36)}@example.com`, password: 'own-editor-2026' }
    const created = await request.post('/api/users', {
      headers: { Authorization: staff.admin.token },
      data: { ...own, name: '测试编辑', roles: ['editor'] },
    })
    expect(created.status()).toBe(201)

    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    // This is the run's first admin page, slow to load on a busy machine.
    await hydrated(page.getByLabel('电子邮件'))
    await page.getByLabel('电子邮件').fill(own.email)
    await page.getByLabel('密码').fill(own.password)
    await page.getByRole('button', { name: '登录' }).click()

    // The first login of a run also renders the dashboard for the first time.
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect(page.getByRole('heading', { name: '内容', level: 2 })).toBeVisible()
    for (const name of ['产业园区', '政策清单', '招商活动', '投资案例', '产业链', '媒体库']) {
      await expect(page.getByRole('heading', { name, level: 3, exact: true })).toBeVisible()
    }
    // Each card's "+" is announced with its collection's name (Payload's card passed the label
    // object itself: "创建新的 [object Object]"; patches/@payloadcms+ui+3.90.1.patch).
    await expect(page.getByRole('link', { name: '创建新的 产业园区', exact: true })).toBeVisible()
    const labels = await page
      .locator('a[aria-label], button[aria-label]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''))
    expect(labels.filter((label) => label.includes('[object'))).toEqual([])
    await page.getByRole('link', { name: '显示所有 产业园区' }).click()
    const park = page.getByRole('link', { name: '深圳科技园赣州园区' })
    await expect(page).toHaveURL(/\/admin\/collections\/parks/)
    await expect(park).toBeVisible({ timeout: 30_000 })
  })

  test('list views offer bulk Publish and Unpublish to a reviewer, not to an editor', async ({ browser, staff }) => {
    test.setTimeout(120_000)
    for (const [account, offered] of [
      [staff.editor, false],
      [staff.reviewer, true],
    ] as const) {
      const rows = (page: Page) => page.locator('tbody tr').first()
      const page = await openAs(browser, account, '/admin/collections/news', rows)
      const row = rows(page)
      await expect(row).toBeVisible()
      await row.getByRole('checkbox').check()
      await expect(page.getByRole('button', { name: '删除', exact: true })).toBeVisible()
      await expect(page.getByRole('button', { name: '发布', exact: true })).toHaveCount(offered ? 1 : 0)
      await expect(page.getByRole('button', { name: '取消发布', exact: true })).toHaveCount(offered ? 1 : 0)
      await page.context().close()
    }
  })

  test('an editor sees an incentive’s benefits and conditions, its parks by name', async ({
    browser,
    request,
    staff,
  }) => {
    // The first policy edit view of a run is compiled on the server: up to a minute on a busy 2-core machine.
    test.setTimeout(120_000)
    const page = await logIn(browser, staff.editor)
    const found = await request.get('/api/policies?where[slug][equals]=sample-standard-factory-rent-relief&depth=0')
    const { docs } = await found.json()
    await page.goto(`/admin/collections/policies/${docs[0].id}`)
    const parks = page.locator('#field-eligibility__parks')
    await expect(parks).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText('厂房租金', { exact: true })).toBeVisible()
    // The relationship field reads the parks' names by POST with a method override (lib/server/apiGuard.ts).
    await expect(parks).toContainText('深圳科技园赣州园区')
    await expect(parks).toContainText('赣州经济技术开发区')
    await expect(parks).not.toContainText('无标题')
    await page.context().close()
  })

  test('a wrong password is refused with a message in Chinese', async ({ page }) => {
    // From an address of its own: the failed login must not slow down the other tests' logins.
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.250' })
    await page.goto('/admin/login')
    await hydrated(page.getByLabel('电子邮件'))
    await page.getByLabel('电子邮件').fill(editor.email)
    await page.getByLabel('密码').fill('not-the-password')
    await page.getByRole('button', { name: '登录' }).click()
    await expect(page.getByText(/电子邮件或密码不正确|邮箱或密码/)).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/login/)
  })

  test('the admin is in Chinese for a new user even with an English browser; English is a choice', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await expect(page.getByLabel('电子邮件')).toBeVisible()
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
    // Choosing English (what the account settings' language menu stores) sticks.
    await context.addCookies([{ name: 'payload-lng', value: 'en', domain: 'localhost', path: '/' }])
    await page.reload()
    await expect(page.getByLabel('Email')).toBeVisible()
    await context.close()
  })
})
