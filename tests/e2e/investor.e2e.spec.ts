import { expect, test } from '@playwright/test'

import { fits, journeyPage } from './journey'
import { likeAPerson } from './staff'

/**
 * The investor tools as two investors use them (issue 13): the policy finder → a park → comparing
 * it with another → an enquiry about that park; at a phone's and a desktop's width, with no
 * console errors.
 */
const widths = [390, 1280]

for (const width of widths) {
  test(`a Shenzhen electronics manager finds incentives and parks, compares two, and enquires (中文, ${width} px)`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'zh-CN')
    await page.goto('/zh')
    await page.getByRole('link', { name: '政策匹配' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: '政策匹配' })).toBeVisible()
    await page.getByLabel('所属产业').selectOption({ label: '电子信息' })
    await page.getByLabel('企业规模').selectOption({ label: '中型企业' })
    await page.getByLabel('企业来自').selectOption({ label: '深圳' })
    await page.getByLabel('计划投资额').selectOption({ label: '1亿–5亿元' })
    await page.getByLabel('厂房租金').check()
    await page.getByRole('button', { name: '查看匹配结果' }).click()

    // The answers are the URL: shareable.
    await expect(page).toHaveURL(/industry=electronics/)
    await expect(page).toHaveURL(/need=rent/)
    const incentive = page
      .getByRole('region', { name: /匹配的优惠政策/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '标准厂房租金减免（示例）' }) })
    await expect(incentive).toContainText('产业：电子信息（与您的回答相符）')
    await expect(incentive).toContainText('企业规模：中型企业（与您的回答相符）')
    await expect(incentive).toContainText('还需确认')
    await expect(incentive).toContainText('仅在以下地点适用：深圳科技园赣州园区或赣州经济技术开发区')
    // A tax reward for relocating firms is not a rent incentive: not listed.
    await expect(page.getByText('大湾区制造业企业迁入税收奖励（示例）')).toHaveCount(0)
    await fits(page, width)

    const parks = page.getByRole('region', { name: /适合的园区/ })
    await parks.getByRole('link', { name: '深圳科技园赣州园区' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '深圳科技园赣州园区' })).toBeVisible()
    await expect(page.getByRole('region', { name: '运营成本' })).toContainText('12元/平方米·月')
    await expect(page.getByRole('region', { name: '在此适用的优惠政策' })).toContainText('标准厂房租金减免（示例）')
    await expect(page.getByRole('figure', { name: '园区分布图' })).toBeVisible()
    await fits(page, width)

    await page.getByRole('link', { name: '与其他园区对比' }).click()
    await expect(page.getByText('请至少选择两个园区。')).toBeVisible()
    await page.getByLabel('再加一个园区').selectOption({ label: '赣州经济技术开发区' })
    await page.getByRole('button', { name: '加入对比' }).click()
    const table = page.getByRole('table', { name: '园区对比' })
    await expect(table.getByRole('columnheader', { name: /深圳科技园赣州园区/ })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: /赣州经济技术开发区/ })).toBeVisible()
    // Differences are marked in words: the science park's land is the cheaper of the two.
    await expect(table.getByRole('row', { name: /工业用地价格/ })).toContainText('150,000元/亩最低')
    // The zone's level is not in the source article: a sample, and marked as one.
    await expect(table.getByRole('row', { name: /^园区级别/ })).toContainText('国家级（示例）')
    await fits(page, width)

    await table.getByRole('link', { name: '咨询这个园区' }).first().click()
    const form = page.getByRole('region', { name: '在线咨询' })
    await expect(form.getByText('咨询事项：深圳科技园赣州园区')).toBeVisible()
    await form.getByLabel('企业名称').fill('深圳市精密电子有限公司（测试）')
    await form.getByLabel('联系人').fill('王经理')
    await form.getByLabel('邮箱', { exact: true }).fill('wang@sz-electronics.example')
    await form.getByLabel(/我同意/).check()
    await likeAPerson(page)
    await form.getByRole('button', { name: '提交咨询' }).click()
    await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)
    expect(errors).toEqual([])
    await close()
  })

  test(`a Hong Kong investor finds the incentives open to Hong Kong firms, compares two parks, and enquires (English, ${width} px)`, async ({
    browser,
  }) => {
    const { page, errors, close } = await journeyPage(browser, width, 'en')
    await page.goto('/en/policies')
    await page.getByRole('link', { name: /Policy finder/ }).click()
    await page.getByLabel('Your firm comes from').selectOption({ label: 'Hong Kong' })
    await page.getByLabel('Government services').check()
    await page.getByRole('button', { name: 'Show matches' }).click()

    await expect(page).toHaveURL(/origin=hong-kong/)
    const incentive = page
      .getByRole('region', { name: /Matching incentives/ })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: 'A personal case officer for Hong Kong and Macao investors (sample)' }),
      })
    await expect(incentive).toContainText('Origin: Hong Kong (your answer)')
    await expect(incentive).toContainText('Offers Government services support (you need it)')
    // Shenzhen-only services are not for a Hong Kong firm.
    await expect(page.getByText('127 Shenzhen services available 24 hours a day in Ganzhou')).toHaveCount(0)
    await fits(page, width)

    const parks = page.getByRole('region', { name: /Parks that fit/ })
    await parks.getByRole('link', { name: 'Ganzhou International Inland Port' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Ganzhou International Inland Port' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Travel and logistics' })).toContainText('Yantian Port, Shenzhen')
    await fits(page, width)

    await page.getByRole('link', { name: 'Compare with other parks' }).click()
    await page
      .getByLabel('Add another park')
      .selectOption({ label: 'Shenzhen–Ganzhou Port–Industry–City Project (Nankang)' })
    await page.getByRole('button', { name: 'Add to comparison' }).click()
    await expect(page).toHaveURL(/parks=ganzhou-international-inland-port/)
    const table = page.getByRole('table', { name: 'Compare parks' })
    await expect(table.getByRole('row', { name: /Incentives that apply/ })).toContainText(
      'Rail–sea freight subsidy (sample)',
    )
    await expect(table.getByRole('row', { name: /Note on the data/ })).toContainText('sample data')
    await fits(page, width)

    await table.getByRole('link', { name: 'Ask about this park' }).first().click()
    const form = page.getByRole('region', { name: 'Send an enquiry' })
    await expect(form.getByText('About: Ganzhou International Inland Port')).toBeVisible()
    await form.getByLabel('Company name').fill('Kowloon Trading Ltd (test)')
    await form.getByLabel('Contact person').fill('Mr Chan')
    await form.getByLabel('Email', { exact: true }).fill('chan@kowloon-trading.example')
    await form.getByLabel(/I agree/).check()
    await likeAPerson(page)
    await form.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)
    expect(errors).toEqual([])
    await close()
  })
}
