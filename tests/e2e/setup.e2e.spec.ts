import { expect, test } from '@playwright/test'

import { type PortalLocale, readSetupTimeline, SETUP } from './investorSteps'
import { fits, journeyPage } from './journey'

/**
 * The setup guide (issue 30): the steps to set up in Ganzhou for each kind of investment as a
 * timeline, with the total working days; every seeded step marked as a sample. A new company's
 * timeline is read in the Shenzhen firm's journey (projects.e2e.spec.ts) in each language and width;
 * here a Hong Kong firm's (a foreign-invested enterprise) too.
 */
for (const width of [390, 1280]) {
  test(`the setup guide shows a foreign-invested enterprise's steps as a timeline with the total, at ${width} px`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'en')
    for (const locale of Object.keys(SETUP) as PortalLocale[]) {
      const say = SETUP[locale]
      const { kinds, steps } = await readSetupTimeline(page, locale, width)
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
