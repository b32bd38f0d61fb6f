import { expect, test } from '@playwright/test'

test.describe('language', () => {
  // What a browser of each language sends (Chromium's Accept-Language for its UI language); the
  // answer is a redirect, so an HTTP request shows it without rendering the page it leads to.
  for (const [acceptLanguage, expected] of [
    ['en-US,en;q=0.9', '/en'],
    ['zh-CN,zh;q=0.9', '/zh'],
    ['zh-HK,zh;q=0.9,en;q=0.8', '/zh-hant'],
    ['zh-TW,zh;q=0.9', '/zh-hant'],
  ] as const) {
    test(`/ sends a ${acceptLanguage.slice(0, 5)} browser to ${expected}`, async ({ request }) => {
      const answer = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 })
      expect(answer.status()).toBe(307)
      expect(new URL(answer.headers().location!, 'http://x').pathname).toBe(expected)
    })
  }

  test('/ follows the language a visitor chose before, over the browser language', async ({ request }) => {
    const answer = await request.get('/', {
      headers: { 'Accept-Language': 'zh-CN,zh;q=0.9', Cookie: 'NEXT_LOCALE=en' },
      maxRedirects: 0,
    })
    expect(answer.status()).toBe(307)
    expect(new URL(answer.headers().location!, 'http://x').pathname).toBe('/en')
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
