import { expect, test } from '@playwright/test'

import { downloadParksCsv, estimateAtTwoParks, openData, type PortalLocale, readSetupTimeline } from './investorSteps'
import { fits, journeyPage } from './journey'
import { likeAPerson } from './staff'

/**
 * The Shenzhen firm's journey (issue 30, as its "done when" tells it), in each language at 390 and
 * 1280 px: the firm finds, through the finder, the open project of its industry and size, reads it (a
 * sample, marked as one), and enquires about it with the form pre-filled; the list of projects filters
 * by industry and cooperation mode; it reads the setup guide's timeline for a new company, estimates 3
 * years of costs at two parks in the comparison, and downloads the parks' open data as a CSV file,
 * which the test parses. (The Hong Kong firm's aftercare request is aftercare.e2e.spec.ts.)
 */
const TERMINAL = 'sample-smart-terminal-industrial-park-phase-2'

const LOCALES = {
  zh: {
    projects: /招商项目/,
    battery: '储能电池生产线项目（示例）',
    terminal: '智能终端产业园二期（示例）',
    badge: '示例项目',
    enquire: '咨询这个项目',
    form: '项目咨询',
    about: '咨询事项：智能终端产业园二期（示例）',
    labels: { industry: '所属产业', investment: '计划投资额', message: '咨询内容' },
    fill: { company: '企业名称', contact: '联系人', email: '邮箱', consent: /我同意/, submit: '提交咨询' },
    list: { filter: '筛选', industry: '产业', mode: '合作方式', apply: '应用筛选', newEnergy: '新能源', sole: '独资' },
    team: '电子信息产业招商组',
  },
  'zh-hant': {
    projects: /招商項目/,
    battery: '儲能電池生產線項目（示例）',
    terminal: '智能終端產業園二期（示例）',
    badge: '示例項目',
    enquire: '查詢這個項目',
    form: '項目查詢',
    about: '查詢事項：智能終端產業園二期（示例）',
    labels: { industry: '所屬產業', investment: '計劃投資額', message: '查詢內容' },
    fill: { company: '企業名稱', contact: '聯絡人', email: '電郵', consent: /我同意/, submit: '提交查詢' },
    list: { filter: '篩選', industry: '產業', mode: '合作方式', apply: '應用篩選', newEnergy: '新能源', sole: '獨資' },
    team: '電子資訊產業招商組',
  },
  en: {
    projects: /Projects seeking investment/,
    battery: 'Energy storage battery line (sample)',
    terminal: 'Smart terminal industrial park, phase 2 (sample)',
    badge: 'Sample project',
    enquire: 'Enquire about this project',
    form: 'Ask about this project',
    about: 'About: Smart terminal industrial park, phase 2 (sample)',
    labels: { industry: 'Industry', investment: 'Planned investment', message: 'Your message' },
    fill: {
      company: 'Company name',
      contact: 'Contact person',
      email: 'Email',
      consent: /I agree/,
      submit: 'Send enquiry',
    },
    list: {
      filter: 'Filter',
      industry: 'Industry',
      mode: 'Cooperation',
      apply: 'Apply filters',
      newEnergy: 'New energy & storage',
      sole: 'Sole investment',
    },
    team: 'Electronics investment team',
  },
} as const

for (const width of [390, 1280]) {
  for (const [locale, say] of Object.entries(LOCALES)) {
    test(`a Shenzhen electronics firm finds a project and enquires pre-filled, reads the setup timeline, estimates costs at two parks and downloads the parks CSV (${locale}, ${width} px)`, async ({
      browser,
    }) => {
      test.slow() // five steps of a journey, each a page or two
      const { page, errors, close } = await journeyPage(browser, width, 'zh-CN')
      // The finder's answers: electronics, RMB 500 million–1 billion. The RMB 800 million terminal
      // park fits; the battery line is of another industry (new energy).
      await page.goto(`/${locale}/finder?industry=electronics&investment=500m-1b`)
      const found = page.getByRole('region', { name: say.projects })
      await expect(found.getByRole('link', { name: say.terminal })).toBeVisible()
      await expect(found.getByRole('link', { name: say.battery })).toHaveCount(0)
      await expect(found.getByRole('listitem').filter({ hasText: say.terminal })).toContainText(say.badge)
      await found.getByRole('link', { name: say.terminal }).click()

      await expect(page).toHaveURL(new RegExp(`/${locale}/projects/${TERMINAL}$`))
      await expect(page.getByRole('heading', { level: 1, name: say.terminal })).toBeVisible()
      await expect(page.getByText(say.badge, { exact: true })).toBeVisible()
      await expect(page.getByRole('main')).toContainText(say.team)
      await fits(page, width)

      await page.getByRole('link', { name: say.enquire }).click()
      await expect(page).toHaveURL(/#enquire$/)
      const form = page.getByRole('region', { name: say.form })
      await expect(form.getByText(say.about)).toBeVisible()
      // Pre-filled from the project: its industry, the range of the investment it seeks, a message naming it.
      await expect(form.getByLabel(say.labels.industry)).toHaveValue('electronics')
      await expect(form.getByLabel(say.labels.investment)).toHaveValue('500m-1b')
      await expect(form.getByLabel(say.labels.message)).toHaveValue(new RegExp(say.terminal.replace(/[()]/g, '\\$&')))
      await form.getByLabel(say.fill.company).fill('深圳市储能科技有限公司（测试）')
      await form.getByLabel(say.fill.contact).fill('陈经理')
      await form.getByLabel(say.fill.email, { exact: true }).fill('chen@sz-storage.example')
      await form.getByLabel(say.fill.consent).check()
      await likeAPerson(page)
      await form.getByRole('button', { name: say.fill.submit }).click()
      await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)

      // The list, filtered by industry and cooperation mode: the new-energy line invested in alone.
      await page.goto(`/${locale}/projects`)
      // On a phone the filters fold behind one button.
      if (width < 640) await page.getByText(say.list.filter, { exact: true }).click()
      await page.getByLabel(say.list.industry, { exact: true }).selectOption({ label: say.list.newEnergy })
      await page.getByLabel(say.list.mode, { exact: true }).selectOption({ label: say.list.sole })
      await page.getByRole('button', { name: say.list.apply }).click()
      await expect(page).toHaveURL(/industry=new-energy/)
      await expect(page).toHaveURL(/mode=sole/)
      await expect(page.getByRole('link', { name: say.battery })).toBeVisible()
      await expect(page.getByRole('link', { name: say.terminal })).toHaveCount(0)
      await fits(page, width)

      const portalLocale = locale as PortalLocale
      await readSetupTimeline(page, portalLocale, width)
      await estimateAtTwoParks(page, portalLocale, width)
      await openData(page, portalLocale)
      await downloadParksCsv(page, portalLocale, width)
      expect(errors).toEqual([])
      await close()
    })
  }
}
