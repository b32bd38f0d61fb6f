import { expect, test } from '@playwright/test'

import { fits, journeyPage, openFromFooter } from './journey'

/**
 * The setup guide (issue 30): the steps to set up in Ganzhou for each kind of investment as a
 * timeline, with the total working days; every seeded step marked as a sample.
 */
const LOCALES = {
  zh: {
    title: '投资落户指南',
    company: '新设公司',
    foreign: '外商投资企业（含港澳资）',
    total: '合计：依次办理约 5–12 个工作日',
    foreignTotal: '合计：依次办理约 9–21 个工作日',
    first: '企业名称申报和设立登记',
    foreignFirst: '投资者主体资格证明公证',
    sample: '示例步骤：尚未经办理部门核实',
    online: '网上办理',
    footer: '投资落户指南',
  },
  'zh-hant': {
    // Hong Kong glyphs: 户, not 戶 (lib/schema/traditional.ts).
    title: '投資落户指南',
    company: '新設公司',
    foreign: '外商投資企業（含港澳資）',
    total: '合計：依次辦理約 5–12 個工作日',
    foreignTotal: '合計：依次辦理約 9–21 個工作日',
    first: '企業名稱申報和設立登記',
    foreignFirst: '投資者主體資格證明公證',
    sample: '示例步驟：尚未經辦理部門核實',
    online: '網上辦理',
    footer: '投資落户指南',
  },
  en: {
    title: 'Setting up in Ganzhou',
    company: 'A new company',
    foreign: 'A foreign-invested enterprise (incl. Hong Kong and Macao)',
    total: 'In all: about 5–12 working days, one step after another',
    foreignTotal: 'In all: about 9–21 working days, one step after another',
    first: 'Register the company and its name',
    foreignFirst: 'Notarise the investor’s certificate of incorporation',
    sample: 'Sample step: not yet confirmed with the agency',
    online: 'Apply online',
    footer: 'Setting up in Ganzhou',
  },
} as const

for (const width of [390, 1280]) {
  test(`the setup guide shows a new company's steps as a timeline with the total, and a Hong Kong firm's, at ${width} px`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'en')
    for (const [locale, say] of Object.entries(LOCALES)) {
      // From any page: the footer links the guide.
      await openFromFooter(page, locale, say.footer, '/setup', say.title)
      const kinds = page
        .getByRole('navigation', { name: /./ })
        .filter({ has: page.getByRole('link', { name: say.company }) })
      await expect(kinds.getByRole('link', { name: say.company })).toHaveAttribute('aria-current', 'page')
      await expect(page.locator('#setup-total')).toHaveText(say.total)
      const steps = page.locator('#setup-steps > li')
      await expect(steps).toHaveCount(5)
      await expect(steps.first().getByRole('heading', { level: 2 })).toContainText(say.first)
      // Every seeded step is a sample until staff confirm it.
      await expect(page.getByText(say.sample, { exact: true })).toHaveCount(5)
      await expect(steps.first().getByRole('link', { name: say.online })).toHaveAttribute('href', /^https:\/\//)
      await fits(page, width)

      await kinds.getByRole('link', { name: say.foreign }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/setup/foreign$`))
      await expect(page.locator('#setup-total')).toHaveText(say.foreignTotal)
      await expect(steps).toHaveCount(7)
      await expect(steps.first().getByRole('heading', { level: 2 })).toContainText(say.foreignFirst)
      await fits(page, width)
    }
    expect(errors).toEqual([])
    await close()
  })
}

test('an unknown kind of investment is a 404; a new company’s own path moves to the guide', async ({ request }) => {
  expect((await request.get('/en/setup/franchise')).status()).toBe(404)
  const moved = await request.get('/zh/setup/company', { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toMatch(/\/zh\/setup$/)
})
