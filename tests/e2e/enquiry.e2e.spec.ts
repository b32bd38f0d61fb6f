import { expect } from '@playwright/test'

import { fromOwnAddress, likeAPerson, logIn, test } from './staff'

test.describe('enquiries', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('an investor enquires about a park in English; an editor finds it in the admin', async ({ browser, staff }) => {
    const context = await browser.newContext(fromOwnAddress())
    const page = await context.newPage()
    const company = `Dongguan Precision Ltd ${Date.now()}`
    await page.goto('/en/parks/shenzhen-science-technology-park-ganzhou')
    const form = page.getByRole('region', { name: 'Send an enquiry' })
    await expect(form.getByText('About: Shenzhen Science & Technology Park Ganzhou')).toBeVisible()
    await form.getByLabel('Company name').fill(company)
    await form.getByLabel('Contact person').fill('Li Wei')
    await form.getByLabel('Email', { exact: true }).fill('li.wei@dg-precision.example')
    await form.getByLabel('Planned investment').selectOption({ label: 'RMB 100–500 million' })
    await form.getByLabel('Land or premises needed').selectOption({ label: 'Standard factory building' })
    await form.getByLabel('Your message').fill('We need 20,000 m² of factory space by Q3.')
    await form.getByLabel(/I agree/).check()
    await likeAPerson(page)
    await form.getByRole('button', { name: 'Send enquiry' }).click()

    await expect(page.getByRole('status')).toContainText('We have received your enquiry')
    const reference = (await page.getByTestId('enquiry-reference').textContent())?.trim() ?? ''
    expect(reference).toMatch(/^GZ-\d{4}-\d{6}$/)

    // The enquirer looks up the stage: by the reference (filled in from the link) and the address given.
    const status = async (email: string) => {
      await page.getByLabel('Email address').fill(email)
      await page.getByRole('button', { name: 'Show status' }).click()
    }
    await page.getByRole('link', { name: 'Check the status of an enquiry' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/contact/status\\?ref=${reference}$`))
    await expect(page.getByLabel('Reference')).toHaveValue(reference)
    await status('someone.else@example.com')
    await expect(page.getByText('No enquiry has this reference and email address.')).toBeVisible()
    await status('LI.WEI@dg-precision.example')
    await expect(page.getByTestId('enquiry-progress')).toHaveText(/^Received: /)

    const admin = await logIn(browser, staff.editor)
    // The dashboard counts it among the new enquiries.
    await expect(admin.getByRole('region', { name: '投资咨询' })).toContainText(/新询盘: [1-9]/)
    await admin.goto('/admin/collections/enquiries')
    await expect(admin.getByRole('link', { name: '导出 CSV（当前筛选结果）' })).toBeVisible()
    await admin.getByRole('link', { name: reference }).click()
    // The admin's edit view builds its form state on the server first: slow on a busy 2-core machine.
    await expect(admin.getByRole('heading', { name: reference })).toBeVisible({ timeout: 30_000 })
    await expect(admin.locator('#field-company')).toHaveValue(company)
    await expect(admin.locator('#field-subjectTitle')).toHaveValue('Shenzhen Science & Technology Park Ganzhou')
    await expect(admin.locator('#field-sourcePage')).toHaveValue('/en/parks/shenzhen-science-technology-park-ganzhou')
    // Staff move it on; the enquirer sees "in progress".
    const id = admin.url().match(/enquiries\/(\d+)/)![1]
    const moved = await admin.request.patch(`/api/enquiries/${id}`, {
      headers: { Authorization: staff.editor.token },
      data: { status: 'contacted' },
    })
    expect(moved.status()).toBe(200)
    await admin.context().close()
    await page.goto(`/en/contact/status?ref=${reference}`)
    await expect(page.getByLabel('Reference')).toHaveValue(reference)
    await status('li.wei@dg-precision.example')
    await expect(page.getByTestId('enquiry-progress')).toHaveText(/^In progress: /)
    await context.close()
  })

  test('the status page in Traditional Chinese: reached from the contact page, one answer for a mismatch', async ({
    browser,
  }) => {
    const context = await browser.newContext(fromOwnAddress())
    const page = await context.newPage()
    await page.goto('/zh-hant/contact')
    await page.getByRole('link', { name: '查看查詢進度' }).click()
    await expect(page).toHaveURL(/\/zh-hant\/contact\/status$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('查詢進度')
    await page.getByLabel('查詢編號').fill('GZ-2026-999999')
    await page.getByLabel('電郵地址').fill('nobody@example.com')
    await page.getByRole('button', { name: '查看進度' }).click()
    await expect(page.getByText('沒有與該編號和電郵地址相符的查詢。')).toBeVisible()
    await page.getByLabel('查詢編號').fill('not a reference')
    await page.getByRole('button', { name: '查看進度' }).click()
    await expect(page.getByText('請輸入查詢編號（GZ-年份-序號）和電郵地址。')).toBeVisible()
    await context.close()
  })

  test('in Chinese, a bad email is refused next to the field, the input is kept, then it goes through', async ({
    browser,
  }) => {
    const context = await browser.newContext({ ...fromOwnAddress(), locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto('/zh/parks/ganzhou-international-inland-port')
    const form = page.getByRole('region', { name: '在线咨询' })
    await expect(form.getByText('咨询事项：赣州国际陆港')).toBeVisible()
    await form.getByLabel('企业名称').fill('深圳市跨境物流有限公司')
    await form.getByLabel('联系人').fill('陈女士')
    await form.getByLabel('邮箱', { exact: true }).fill('chen@@example')
    await form.getByLabel(/我同意/).check()
    await likeAPerson(page)
    await form.getByRole('button', { name: '提交咨询' }).click()

    await expect(form.getByRole('alert')).toHaveText('请修改以下 1 处错误。')
    const email = form.getByLabel('邮箱', { exact: true })
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByText('请输入有效的邮箱地址，例如 name@example.com。')).toBeVisible()
    await expect(form.getByLabel('企业名称')).toHaveValue('深圳市跨境物流有限公司')
    await expect(email).toHaveValue('chen@@example')

    await email.fill('chen@sz-logistics.example')
    await form.getByRole('button', { name: '提交咨询' }).click()
    await expect(page.getByRole('status')).toContainText('我们已收到您的咨询')
    await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)
    await context.close()
  })

  test('works without JavaScript: errors come back with the page, then the reference', async ({
    browser,
    request,
    staff,
  }) => {
    const context = await browser.newContext({ ...fromOwnAddress(), javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/contact')
    const form = page.getByRole('region', { name: 'Send an enquiry' })
    await form.getByLabel('Company name').fill('Foshan Furniture Co.')
    await likeAPerson(page)
    await form.getByRole('button', { name: 'Send enquiry' }).click()

    await expect(page.getByText('Please correct the 4 fields marked below.')).toBeVisible()
    await expect(page.getByText('Please fill this in.')).toBeVisible()
    await expect(page.getByText('Please give a phone number or an email address.').first()).toBeVisible()
    await expect(page.getByText('Please tick the box so that we may contact you.')).toBeVisible()
    await expect(form.getByLabel('Company name')).toHaveValue('Foshan Furniture Co.')

    await form.getByLabel('Contact person').fill('Mr Huang')
    await form.getByLabel('Phone', { exact: true }).fill('+86 757 8888 0000')
    await form.getByLabel(/I agree/).check()
    await form.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page.getByText('We have received your enquiry')).toBeVisible()
    await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)
    const reference = (await page.getByTestId('enquiry-reference').textContent())?.trim()
    await context.close()

    // Stored, not taken for a bot: staff can read it through the API.
    const found = await request.get(`/api/enquiries?where[reference][equals]=${reference}`, {
      headers: { Authorization: staff.editor.token },
    })
    expect((await found.json()).docs[0]).toMatchObject({ company: 'Foshan Furniture Co.', phone: '+86 757 8888 0000' })
  })
})
