import { expect, type Page } from '@playwright/test'

import { hydrated, test } from './staff'

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

test.describe('every page', () => {
  // Each walks 28 pages in one language. Run early, as its own file, the pages are not
  // rendered yet (about a second each on 2 cores), so the budget is per page, not Playwright's minute.
  test.describe.configure({ timeout: 150_000 })
  const pages = [
    '',
    '/parks',
    '/parks/ganzhou-international-inland-port',
    '/policies',
    '/policies/ganzhou-shenzhen-combined-port',
    '/events',
    '/events/sample-gba-site-visit',
    '/cases',
    '/cases/qianxing-technology',
    '/projects',
    '/projects/sample-smart-terminal-industrial-park-phase-2',
    '/projects?mode=sole',
    '/industries',
    '/industries/new-energy',
    '/events/young-scientists-in-ganzhou-2024',
    '/news',
    '/news/inland-port-yantian-shipment-2024',
    '/news?kind=news',
    '/pages',
    '/pages/privacy',
    '/site-map',
    '/contact',
    '/parks?county=nankang',
    '/search?q=Ganzhou',
    '/search?q=赣州',
    '/finder',
    '/finder?industry=electronics&size=small&need=rent&need=land',
    '/parks/compare?parks=shenzhen-science-technology-park-ganzhou,ganzhou-economic-technological-development-zone,ganzhou-international-inland-port',
  ]

  // One visit per page and language, at a phone's width, checks all of it: an answer of 200, no
  // console error, nothing wider than the screen, and on English pages no Chinese outside the parts
  // marked as Chinese. (Three walks of the same pages cost a minute and a half of the suite.)
  for (const locale of ['zh', 'en'] as const) {
    test(`loads without console errors, nothing wider than a 360 px phone${locale === 'en' ? ', no unmarked Chinese' : ''} (${locale})`, async ({
      page,
    }) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
      })
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
      await page.setViewportSize({ width: 360, height: 740 })
      for (const path of pages) {
        const response = await page.goto(`/${locale}${path}`)
        expect(response?.status(), `${locale}${path}`).toBe(200)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `/${locale}${path} width`).toBeLessThanOrEqual(360)
        if (locale === 'en' && !CJK.test(path)) expect(await unmarkedChinese(page), `/en${path}`).toEqual([])
      }
      expect(errors).toEqual([])
    })
  }

  test('on a phone one Menu button opens every section, and the header has 44 px tap targets', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    for (const [locale, menu, sections, target, url] of [
      [
        'en',
        'Main navigation',
        ['Home', 'Industrial parks', 'Investment cases', 'Industries', 'News'],
        'Industries',
        /\/en\/industries$/,
      ],
      ['zh-hant', '主導航', ['首頁', '產業園區', '投資案例', '產業鏈', '新聞公告'], '產業鏈', /\/zh-hant\/industries$/],
    ] as const) {
      await page.goto(`/${locale}`)
      await hydrated(page.locator('header details'))
      // The sections are behind the button until it is pressed; nothing scrolls sideways.
      const button = page.locator('header summary')
      await expect(button).toBeVisible()
      for (const control of [
        button,
        page.locator('header').getByRole('link', { name: /^(Search|搜尋)$/ }),
        ...(await page.locator('header a[hreflang]').all()),
      ]) {
        const box = (await control.boundingBox())!
        expect(box.height, (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44)
      }
      await button.click()
      const nav = page.getByRole('navigation', { name: menu })
      for (const name of sections) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
      const link = nav.getByRole('link', { name: target, exact: true })
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      await link.click()
      await expect(page).toHaveURL(url)
      // The menu closed behind the visitor.
      await expect(nav).toBeHidden()
    }
  })
})

/** Every visible text node in Chinese, unless it sits inside an element marked as Chinese. */
const unmarkedChinese = (page: Page) =>
  page.evaluate((pattern) => {
    const cjk = new RegExp(pattern)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const hits: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, noscript, template, [lang^="zh"]')) continue
      if (cjk.test(node.textContent ?? ''))
        hits.push(`<${parent.tagName.toLowerCase()}> ${node.textContent!.trim().slice(0, 60)}`)
    }
    return hits
  }, CJK.source)
