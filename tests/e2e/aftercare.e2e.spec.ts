import { expect, test } from '@playwright/test'

import { fits, journeyPage, openFromFooter } from './journey'
import { likeAPerson } from './staff'

/**
 * Aftercare (issue 30): a Hong Kong firm that has invested asks for help; its request becomes a case
 * with a reference, whose status it then looks up. In each language, at a phone's and a desktop's width.
 */
const LOCALES = {
  zh: {
    footer: '已投资企业服务',
    title: '已投资企业服务',
    chart: /年受理的诉求（按类别）/,
    company: '企业名称',
    contact: '联系人',
    email: '邮箱',
    category: '遇到什么问题？',
    utilities: '水电气和网络',
    consent: /我同意/,
    submit: '提交咨询',
    required: '请填写此项。',
    done: '我们已收到您的咨询',
    statusLink: '查看咨询进度',
    statusEmail: '邮箱地址',
    show: '查看进度',
    received: /^已收到：/,
  },
  'zh-hant': {
    footer: '已投資企業服務',
    title: '已投資企業服務',
    chart: /年受理的訴求（按類別）/,
    company: '企業名稱',
    contact: '聯絡人',
    email: '電郵',
    category: '遇到什麼問題？',
    utilities: '水電氣和網絡',
    consent: /我同意/,
    submit: '提交查詢',
    required: '請填寫此項。',
    done: '我們已收到您的查詢',
    statusLink: '查看查詢進度',
    statusEmail: '電郵地址',
    show: '查看進度',
    received: /^已收到：/,
  },
  en: {
    footer: 'Already invested? We help',
    title: 'Already invested? We help',
    chart: /^Requests received in \d{4}, by problem$/,
    company: 'Company name',
    contact: 'Contact person',
    email: 'Email',
    category: 'What is the problem?',
    utilities: 'Power, water, gas and network',
    consent: /I agree/,
    submit: 'Send enquiry',
    required: 'Please fill this in.',
    done: 'We have received your enquiry',
    statusLink: 'Check the status of an enquiry',
    statusEmail: 'Email address',
    show: 'Show status',
    received: /^Received: /,
  },
} as const

for (const width of [390, 1280]) {
  test(`a Hong Kong firm already in Ganzhou asks for help and follows its case, in each language, at ${width} px`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'en')
    for (const [locale, say] of Object.entries(LOCALES)) {
      await openFromFooter(page, locale, say.footer, '/aftercare', say.title)
      // This year's requests by problem: a chart once there are any (the page is cached for an hour).
      await expect(page.getByRole('heading', { name: say.chart })).toBeVisible()

      const form = page.locator('form').filter({ has: page.getByLabel(say.category) })
      const email = `ops-${locale}-${width}@hk-logistics.example`
      await form.getByLabel(say.company).fill(`香港物流（赣州）有限公司 ${Date.now()}`)
      await form.getByLabel(say.contact).fill('Chan Tai Man')
      await form.getByLabel(say.email, { exact: true }).fill(email)
      await form.getByLabel(say.consent).check()
      await likeAPerson(page)
      // Without a problem chosen: said next to the field, nothing typed is lost.
      await form.getByRole('button', { name: say.submit }).click()
      await expect(page.locator('#enquiry-category-error')).toHaveText(say.required)
      await expect(form.getByLabel(say.email, { exact: true })).toHaveValue(email)
      await form.getByLabel(say.category).selectOption({ label: say.utilities })
      await form.getByRole('button', { name: say.submit }).click()

      await expect(page.getByRole('status')).toContainText(say.done)
      const reference = (await page.getByTestId('enquiry-reference').textContent())?.trim() ?? ''
      expect(reference).toMatch(/^GZ-\d{4}-\d{6}$/)
      await fits(page, width)
      await page.getByRole('link', { name: say.statusLink }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/contact/status\\?ref=${reference}$`))
      await page.getByLabel(say.statusEmail).fill(email)
      await page.getByRole('button', { name: say.show }).click()
      await expect(page.getByTestId('enquiry-progress')).toHaveText(say.received)
    }
    expect(errors).toEqual([])
    await close()
  })
}
