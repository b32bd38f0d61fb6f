import { type Browser, expect, type Page } from '@playwright/test'

/**
 * A page of its own for an investor's journey: its own browser context at a width, its own client
 * address, and the console errors it meets.
 */
export const journeyPage = async (browser: Browser, width: number, locale: 'zh-CN' | 'en') => {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale,
    // Its own client address, so the enquiry rate limit never couples two tests.
    extraHTTPHeaders: {
      'X-Forwarded-For': `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return { page, errors, close: () => context.close() }
}

/** The page is no wider than the screen. */
export const fits = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(width)

/** From a locale's home page, through the footer's link named `link`, to the page at `path` with its heading `title`. */
export async function openFromFooter(page: Page, locale: string, link: string, path: string, title: string) {
  await page.goto(`/${locale}`)
  await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}${path}$`))
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}
