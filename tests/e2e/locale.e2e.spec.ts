import { expect, test } from '@playwright/test'

test.describe('language', () => {
  for (const [acceptLanguage, expected] of [
    ['en-US', '/en'],
    ['zh-CN', '/zh'],
    ['zh-HK', '/zh-hant'],
    ['zh-TW', '/zh-hant'],
  ] as const) {
    test(`/ sends a ${acceptLanguage} browser to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: acceptLanguage })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page).toHaveURL(new RegExp(`${expected}$`))
      await context.close()
    })
  }

  test('/ follows the language a visitor chose before, over the browser language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }])
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })

  test('/zh is Chinese, shows the seeded home page, and switches to the same page in English', async ({ page }) => {
    await page.goto('/zh')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('粤企入赣')
    await expect(page.getByRole('definition').filter({ hasText: /^突破1000亿元$/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: '深圳科技园赣州园区' })).toBeVisible()

    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')

    // The choice is remembered: `/` now sends this (Chinese) browser to English.
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
  })

  test('/en is English, with the same figures formatted for English readers', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Guangdong business')
    await expect(page.getByRole('definition').filter({ hasText: /^over RMB 100 billion$/ })).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: /^113 million visits$/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Shenzhen Science & Technology Park Ganzhou' })).toBeVisible()
    await expect(page.getByRole('link', { name: '简体中文', exact: true })).toHaveAttribute('href', '/zh')
  })
})
