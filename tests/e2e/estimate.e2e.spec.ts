import { expect, test } from '@playwright/test'

import { ESTIMATE, estimateAtTwoParks, ETDZ, type PortalLocale, SCIENCE } from './investorSteps'
import { fits, journeyPage } from './journey'

/**
 * The cost estimate (issue 30): a firm's own figures priced with the parks' published costs, in the
 * comparison and from a park page, as a GET form (works without JavaScript, shareable URL).
 * The estimate at two parks is taken in the Shenzhen firm's journey (projects.e2e.spec.ts) in each
 * language and width; here what a firm types wrong, in each language.
 */
test('a figure that is not a number is said next to its field, the rest kept, no estimate shown', async ({
  browser,
}) => {
  const width = 390
  const { page, errors, close } = await journeyPage(browser, width, 'en')
  for (const locale of Object.keys(ESTIMATE) as PortalLocale[]) {
    const say = ESTIMATE[locale]
    const form = await estimateAtTwoParks(page, locale, width)
    await form.getByLabel(say.labels[2], { exact: true }).fill('a hundred')
    await form.getByRole('button', { name: say.submit, exact: true }).click()
    await expect(page.locator('#estimate').getByRole('alert')).toContainText(say.errors)
    await expect(page.locator('#estimate-staff-error')).toHaveText(say.numberError)
    await expect(form.getByLabel(say.labels[0], { exact: true })).toHaveValue('20')
    await expect(page.locator('#estimate li[data-park]')).toHaveCount(0)
    await fits(page, width)
  }
  expect(errors).toEqual([])
  await close()
})

test('from a park page the estimate opens for that park; parks added or removed keep the figures', async ({ page }) => {
  await page.goto(`/en/parks/${SCIENCE}`)
  const form = page.locator('#estimate form')
  await form.getByLabel('Staff', { exact: true }).fill('100')
  await form.getByLabel('Period').selectOption('5')
  await form.getByRole('button', { name: 'Estimate', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/en/parks/compare\\?parks=${SCIENCE}&.*staff=100&.*years=5#estimate$`))
  // Wages only: 100 people × RMB 4,300–5,200 a month × 60 months.
  const card = page.locator(`#estimate li[data-park="${SCIENCE}"]`)
  await expect(card.getByRole('row', { name: 'Total over 5 years' })).toContainText(
    'RMB 25.8 million – RMB 31.2 million (sample)',
  )
  await expect(card.getByRole('row', { name: /Wages/ })).toContainText(
    '100 people × RMB 4,300 – RMB 5,200 a month × 60 months',
  )

  await page.getByLabel('Add another park').selectOption(ETDZ)
  await page.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.locator('#estimate li[data-park]')).toHaveCount(2)
  await expect(
    page.locator(`#estimate li[data-park="${ETDZ}"]`).getByRole('row', { name: 'Total over 5 years' }),
  ).toContainText('RMB 27 million – RMB 33 million (sample)')
  // Removing a park keeps the figures for the other.
  await page.getByRole('link', { name: 'Remove: Shenzhen Science & Technology Park Ganzhou' }).click()
  await expect(page.locator('#estimate li[data-park]')).toHaveCount(1)
  await expect(page.locator(`#estimate li[data-park="${ETDZ}"]`)).toContainText(
    'RMB 27 million – RMB 33 million (sample)',
  )
})
