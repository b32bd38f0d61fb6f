import { expect, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { readFile } from 'node:fs/promises'

import { fits, openFromFooter } from './journey'

/**
 * Steps of an investor's journey (issue 30) that more than one test takes, with what each language
 * says: the setup guide's timeline for a new company, the cost estimate at two parks in the
 * comparison, and the parks' open data as a CSV file downloaded and parsed.
 */
export type PortalLocale = 'zh' | 'zh-hant' | 'en'

export const SETUP = {
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

/** From the footer, the setup guide opens on a new company's steps: a timeline of five sample steps and the total. */
export async function readSetupTimeline(page: Page, locale: PortalLocale, width: number) {
  const say = SETUP[locale]
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
  return { kinds, steps }
}

export const SCIENCE = 'shenzhen-science-technology-park-ganzhou'
export const ETDZ = 'ganzhou-economic-technological-development-zone'

/**
 * 20 mu, 5,000 m², 100 people, 1,000,000 kWh and 20,000 t a year over 3 years, priced with the seeded
 * sample costs (seed/samples.ts): land once, the rest for 36 months or 3 years. Wages are published
 * as a range, so each total is one: from the lowest wage to the highest.
 */
const total = (land: number, rent: number, wage: number) =>
  20 * land + 5000 * rent * 36 + 100 * wage * 36 + 1_000_000 * 0.62 * 3 + 20_000 * 2.9 * 3
const TOTALS: Record<string, [number, number]> = {
  [SCIENCE]: [total(150_000, 12, 4300), total(150_000, 12, 5200)],
  [ETDZ]: [total(160_000, 13, 4500), total(160_000, 13, 5500)],
}

export const ESTIMATE = {
  zh: {
    labels: ['购买工业用地（亩）', '租用厂房面积（平方米）', '员工人数', '年用电量（千瓦时）', '年用水量（吨）'],
    years: '估算年限',
    submit: '估算',
    total: '3 年合计',
    notice: '不构成报价或承诺',
    method: '估算方法',
    incentives: '可能降低成本的优惠政策（未从合计中扣除）',
    // 2267.4万元至2591.4万元（示例）: ten-thousands, as Chinese readers count money.
    amount: ([low, high]: [number, number]) =>
      `${Number((low / 10_000).toFixed(2))}万元至${Number((high / 10_000).toFixed(2))}万元（示例）`,
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
    amount: ([low, high]: [number, number]) =>
      `${Number((low / 10_000).toFixed(2))}萬元至${Number((high / 10_000).toFixed(2))}萬元（示例）`,
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
    amount: ([low, high]: [number, number]) =>
      `RMB ${Number((low / 1_000_000).toFixed(2))} million – RMB ${Number((high / 1_000_000).toFixed(2))} million (sample)`,
    numberError: 'Enter a number, such as 20 or 1,500.',
    errors: 'Some figures could not be used',
  },
} as const

/**
 * In the comparison of two parks, a firm's figures as typed on a Chinese keyboard (full-width digits)
 * or with separators give each park's 3-year total, with the incentives beside it and the method below.
 */
export async function estimateAtTwoParks(page: Page, locale: PortalLocale, width: number) {
  const say = ESTIMATE[locale]
  await page.goto(`/${locale}/parks/compare?parks=${SCIENCE},${ETDZ}`)
  const form = page.locator('#estimate form')
  const typed = ['20', '5,000', '１００', '1,000,000', '20000']
  for (const [i, label] of say.labels.entries()) await form.getByLabel(label, { exact: true }).fill(typed[i]!)
  await expect(form.getByLabel(say.years)).toHaveValue('3')
  await form.getByRole('button', { name: say.submit, exact: true }).click()

  // The figures are the URL: shareable, and each estimate a cached page of its own.
  await expect(page).toHaveURL(/land=20&floor=5%2C000&staff=%EF%BC%91%EF%BC%90%EF%BC%90&power=1%2C000%2C000/)
  await expect(page.getByRole('note')).toContainText(say.notice)
  for (const slug of [SCIENCE, ETDZ]) {
    const card = page.locator(`#estimate li[data-park="${slug}"]`)
    await expect(card.getByRole('row', { name: say.total }), `${locale} ${slug}`).toContainText(
      say.amount(TOTALS[slug]!),
    )
    await expect(card.getByRole('heading', { name: say.incentives })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: say.method })).toBeVisible()
  // What was typed stays in the form, to change and ask again.
  await expect(form.getByLabel(say.labels[2], { exact: true })).toHaveValue('１００')
  await fits(page, width)
  return form
}

export const DATA = {
  zh: { title: '开放数据', parks: '产业园区', count: /(\d+) 条/, download: '下载' },
  'zh-hant': { title: '開放數據', parks: '產業園區', count: /(\d+) 條/, download: '下載' },
  en: { title: 'Open data', parks: 'Industrial parks', count: /(\d+) records?/, download: 'Download' },
} as const

/** Opens the open data page from the footer. */
export async function openData(page: Page, locale: PortalLocale) {
  const say = DATA[locale]
  await page.goto(`/${locale}`)
  await page.getByRole('contentinfo').getByRole('link', { name: say.title }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/data$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.title)
}

/**
 * On the open data page, the parks' CSV as a reader downloads it (the browser saves the file),
 * parsed with a CSV library: one row per park the page counts, each naming its park in the
 * language, costs with the tops of their ranges, and the facts that are samples.
 */
export async function downloadParksCsv(page: Page, locale: PortalLocale, width: number) {
  const say = DATA[locale]
  const section = page.getByRole('region', { name: say.parks })
  const rows = Number(say.count.exec(await section.locator('p').first().innerText())![1])
  expect(rows).toBeGreaterThan(0)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: `${say.download} CSV` }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`ganzhou-parks-${locale}.csv`)
  const text = await readFile((await download.path())!, 'utf8')
  const records = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
  expect(records).toHaveLength(rows)
  const science = records.find((record) => record.slug === SCIENCE)!
  expect(science.name).toMatch(locale === 'en' ? /Shenzhen/ : /深圳/)
  expect([science.wage, science.wageMax]).toEqual(['4300', '5200'])
  expect(science.sampleFacts).toContain('costs')
  await fits(page, width)
  return records
}
