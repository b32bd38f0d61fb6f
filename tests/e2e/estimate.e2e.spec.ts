import { expect, test } from '@playwright/test'

import { fits, journeyPage } from './journey'

/**
 * The cost estimate (issue 30): a firm's own figures priced with the parks' published costs, in the
 * comparison and from a park page, as a GET form (works without JavaScript, shareable URL).
 */

const SCIENCE = 'shenzhen-science-technology-park-ganzhou'
const ETDZ = 'ganzhou-economic-technological-development-zone'

/**
 * 20 mu, 5,000 m², 100 people, 1,000,000 kWh and 20,000 t a year over 3 years, priced with the seeded
 * sample costs (seed/samples.ts): land once, the rest for 36 months or 3 years.
 */
const total = (land: number, rent: number, wage: number) =>
  20 * land + 5000 * rent * 36 + 100 * wage * 36 + 1_000_000 * 0.62 * 3 + 20_000 * 2.9 * 3
const TOTALS: Record<string, number> = { [SCIENCE]: total(150_000, 12, 4300), [ETDZ]: total(160_000, 13, 4500) }

const LOCALES = {
  zh: {
    labels: ['购买工业用地（亩）', '租用厂房面积（平方米）', '员工人数', '年用电量（千瓦时）', '年用水量（吨）'],
    years: '估算年限',
    submit: '估算',
    total: '3 年合计',
    notice: '不构成报价或承诺',
    method: '估算方法',
    incentives: '可能降低成本的优惠政策（未从合计中扣除）',
    // 2267.4万元（示例）: ten-thousands, as Chinese readers count money.
    amount: (yuan: number) => `${Number((yuan / 10_000).toFixed(2))}万元（示例）`,
    numberError: '请输入数字，例如 20 或 1,500。',
    errors: '部分数据无法使用',
  },
  'zh-hant': {
    labels: ['購買工業用地（畝）', '租用廠房面積（平方米）', '員工人數', '年用電量（千瓦時）', '年用水量（噸）'],
    years: '估算年限',
    submit: '估算',
    total: '3 年合計',
    notice: '不構成報價或承諾',
    method: '估算方法',
    incentives: '可能降低成本的優惠政策（未從合計中扣除）',
    amount: (yuan: number) => `${Number((yuan / 10_000).toFixed(2))}萬元（示例）`,
    numberError: '請輸入數字，例如 20 或 1,500。',
    errors: '部分數據無法使用',
  },
  en: {
    labels: [
      'Industrial land to buy (mu)',
      'Factory floor to rent (m²)',
      'Staff',
      'Electricity a year (kWh)',
      'Water a year (tonnes)',
    ],
    years: 'Period',
    submit: 'Estimate',
    total: 'Total over 3 years',
    notice: 'not an offer',
    method: 'How this is estimated',
    incentives: 'Incentives that may lower this (not deducted)',
    amount: (yuan: number) => `RMB ${Number((yuan / 1_000_000).toFixed(2))} million (sample)`,
    numberError: 'Enter a number, such as 20 or 1,500.',
    errors: 'Some figures could not be used',
  },
} as const

for (const width of [390, 1280]) {
  test(`a firm estimates 3 years of costs at two parks in the comparison, in each language, at ${width} px`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'en')
    for (const [locale, say] of Object.entries(LOCALES)) {
      await page.goto(`/${locale}/parks/compare?parks=${SCIENCE},${ETDZ}`)
      const form = page.locator('#estimate form')
      // As typed on a Chinese keyboard (full-width digits) or with separators: both are read.
      const typed = ['20', '5,000', '１００', '1,000,000', '20000']
      for (const [i, label] of say.labels.entries()) await form.getByLabel(label, { exact: true }).fill(typed[i]!)
      await expect(form.getByLabel(say.years)).toHaveValue('3')
      await form.getByRole('button', { name: say.submit, exact: true }).click()

      // The figures are the URL: shareable, and each estimate a cached page of its own.
      await expect(page).toHaveURL(/land=20&floor=5%2C000&staff=%EF%BC%91%EF%BC%90%EF%BC%90&power=1%2C000%2C000/)
      await expect(page.getByRole('note')).toContainText(say.notice)
      for (const slug of [SCIENCE, ETDZ]) {
        const card = page.locator(`#estimate li[data-park="${slug}"]`)
        const totalRow = card.getByRole('row', { name: say.total })
        await expect(totalRow, `${locale} ${slug}`).toContainText(say.amount(TOTALS[slug]!))
        await expect(card.getByRole('heading', { name: say.incentives })).toBeVisible()
      }
      await expect(page.getByRole('heading', { name: say.method })).toBeVisible()
      // What was typed stays in the form, to change and ask again.
      await expect(form.getByLabel(say.labels[2], { exact: true })).toHaveValue('１００')
      await fits(page, width)

      // A value that is not a number: said next to its field, the rest kept, no estimate shown.
      await form.getByLabel(say.labels[2], { exact: true }).fill('a hundred')
      await form.getByRole('button', { name: say.submit, exact: true }).click()
      await expect(page.locator('#estimate').getByRole('alert')).toContainText(say.errors)
      await expect(page.locator('#estimate-staff-error')).toHaveText(say.numberError)
      await expect(form.getByLabel(say.labels[0], { exact: true })).toHaveValue('20')
      await expect(page.locator('#estimate li[data-park]')).toHaveCount(0)
    }
    expect(errors).toEqual([])
    await close()
  })
}

test('from a park page the estimate opens for that park; parks added or removed keep the figures', async ({ page }) => {
  await page.goto(`/en/parks/${SCIENCE}`)
  const form = page.locator('#estimate form')
  await form.getByLabel('Staff', { exact: true }).fill('100')
  await form.getByLabel('Period').selectOption('5')
  await form.getByRole('button', { name: 'Estimate', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/en/parks/compare\\?parks=${SCIENCE}&.*staff=100&.*years=5#estimate$`))
  // Wages only: 100 people × RMB 4,300 a month × 60 months.
  const card = page.locator(`#estimate li[data-park="${SCIENCE}"]`)
  await expect(card.getByRole('row', { name: 'Total over 5 years' })).toContainText('RMB 25.8 million (sample)')
  await expect(card.getByRole('row', { name: /Wages/ })).toContainText('100 people × RMB 4,300 a month × 60 months')

  await page.getByLabel('Add another park').selectOption(ETDZ)
  await page.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.locator('#estimate li[data-park]')).toHaveCount(2)
  await expect(
    page.locator(`#estimate li[data-park="${ETDZ}"]`).getByRole('row', { name: 'Total over 5 years' }),
  ).toContainText('RMB 27 million (sample)')
  // Removing a park keeps the figures for the other.
  await page.getByRole('link', { name: 'Remove: Shenzhen Science & Technology Park Ganzhou' }).click()
  await expect(page.locator('#estimate li[data-park]')).toHaveCount(1)
  await expect(page.locator(`#estimate li[data-park="${ETDZ}"]`)).toContainText('RMB 27 million (sample)')
})
