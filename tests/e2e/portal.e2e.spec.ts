import { expect } from '@playwright/test'

import { test } from './staff'

test.describe('home', () => {
  test('shows the seeded figures with their source, a chart, and featured content, in both languages', async ({
    page,
  }) => {
    await page.goto('/zh')
    await expect(page.getByRole('definition').filter({ hasText: /^1\.13亿人次$/ })).toBeVisible()
    await expect(page.getByText(/数据来源：中共赣州市委宣传部/).first()).toBeVisible()
    await expect(page.getByRole('link', { name: '深圳科技园赣州园区' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '深赣合作 · 融湾' })).toBeVisible()

    await page.goto('/en')
    await expect(page.getByRole('definition').filter({ hasText: /^over RMB 70 billion$/ })).toBeVisible()
    await expect(page.getByText(/Source: CPC Ganzhou Publicity Department/).first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ganzhou Qianxing Technology' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Upcoming events' })).toBeVisible()
  })
})

test.describe('lists filter through the URL', () => {
  for (const [locale, county, nankangPark, otherPark] of [
    ['zh', '南康区', '深赣港产城项目（南康）', '深圳科技园赣州园区'],
    [
      'en',
      'Nankang District',
      'Shenzhen–Ganzhou Port–Industry–City Project (Nankang)',
      'Shenzhen Science & Technology Park Ganzhou',
    ],
  ] as const) {
    test(`parks by county (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/parks`)
      await expect(page.getByRole('heading', { name: otherPark })).toBeVisible()
      await page.getByLabel(locale === 'zh' ? '所在区县' : 'County / district').selectOption({ label: county })
      await page.getByRole('button', { name: locale === 'zh' ? '应用筛选' : 'Apply filters' }).click()
      await expect(page).toHaveURL(/county=nankang/)
      await expect(page.getByRole('heading', { name: nankangPark })).toBeVisible()
      await expect(page.getByRole('heading', { name: otherPark })).toHaveCount(0)
      await page.goBack()
      await expect(page.getByRole('heading', { name: otherPark })).toBeVisible()
    })
  }

  test('policies by category and status, and by document number', async ({ page }) => {
    await page.goto('/en/policies?category=logistics')
    await expect(page.getByRole('link', { name: 'The Ganzhou–Shenzhen combined-port customs model' })).toBeVisible()
    await expect(page.getByRole('link', { name: /electronic seals/ })).toHaveCount(0)
    await expect(page.getByLabel('Category')).toHaveValue('logistics')

    await page.goto('/zh/policies')
    await page.getByLabel('关键词').fill('DEMO〔2024〕05号')
    await page.getByRole('button', { name: '应用筛选' }).click()
    await expect(page).toHaveURL(/q=DEMO/)
    await expect(page.getByRole('link', { name: '与深圳电子印章互信互认' })).toBeVisible()
    await expect(page.getByText('共 1 条结果')).toBeVisible()

    await page.goto('/zh/policies?status=expired')
    await expect(page.getByText('没有符合条件的内容。')).toBeVisible()
  })

  test('events: upcoming first, past on the second tab', async ({ page }) => {
    await page.goto('/zh/events')
    await expect(page.getByRole('link', { name: '低空经济产业对接论坛（示例活动）' })).toBeVisible()
    await expect(page.getByRole('link', { name: '赣州市“粤企入赣”招商推介会（深圳）' })).toHaveCount(0)
    await page.getByRole('link', { name: '往期活动' }).click()
    await expect(page).toHaveURL(/when=past/)
    await expect(page.getByRole('link', { name: '赣州市“粤企入赣”招商推介会（深圳）' })).toBeVisible()
  })

  test('the language switcher keeps a search and the filters, before any script has run', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/zh/search?q=%E7%A8%8E%E6%94%B6')
    await page.getByRole('link', { name: '繁體中文', exact: true }).click()
    await expect(page).toHaveURL(/\/zh-hant\/search\?q=%E7%A8%8E%E6%94%B6$/)
    await expect(page.getByRole('searchbox')).toHaveValue('税收')
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=%E7%A8%8E%E6%94%B6$/)

    await page.goto('/en/policies?category=logistics&status=in_force')
    await page.getByRole('link', { name: '简体中文', exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/policies\?category=logistics&status=in_force$/)
    await expect(page.getByLabel('政策类别')).toHaveValue('logistics')
    await expect(page.getByRole('link', { name: '“赣深组合港”通关模式' })).toBeVisible()
    // The finder's answers and the parks compared: cached pages of their own behind a rewrite too.
    await page.goto('/en/finder?need=rent&industry=electronics&origin=shenzhen')
    await page.getByRole('link', { name: '简体中文', exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/finder\?industry=electronics&origin=shenzhen&need=rent$/)
    await expect(page.getByLabel('所属产业')).toHaveValue('electronics')
    await page.goto(
      '/zh/parks/compare?parks=ganzhou-international-inland-port,shenzhen-science-technology-park-ganzhou',
    )
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(
      /\/en\/parks\/compare\?parks=ganzhou-international-inland-port%2Cshenzhen-science-technology-park-ganzhou$/,
    )
    await expect(page.getByRole('columnheader', { name: 'Ganzhou International Inland Port' })).toBeVisible()
    // A page without a query switches to the bare page.
    await page.goto('/en/policies')
    await page.getByRole('link', { name: '繁體中文', exact: true }).click()
    await expect(page).toHaveURL(/\/zh-hant\/policies$/)
    await context.close()
  })

  test('cases by city of origin', async ({ page }) => {
    await page.goto('/en/cases?origin=guangzhou')
    await expect(page.getByRole('link', { name: 'EHang' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Sunwoda' })).toHaveCount(0)
  })
})

test.describe('detail pages', () => {
  test('a park shows its figures, contact and related policies; the switcher keeps the park', async ({ page }) => {
    await page.goto('/zh/parks/shenzhen-science-technology-park-ganzhou')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳科技园赣州园区')
    await expect(page.getByText('28.2万平方米').first()).toBeVisible()
    await expect(
      page.getByRole('region', { name: '联系窗口' }).getByRole('link', { name: '+86 797 000 0000' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: '深赣协作共建产业合作园区政务服务事项清单' })).toBeVisible()

    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(/\/en\/parks\/shenzhen-science-technology-park-ganzhou$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shenzhen Science & Technology Park Ganzhou')
    await expect(page.getByText('282,000 m²').first()).toBeVisible()
    await page.getByRole('link', { name: '简体中文', exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/parks\/shenzhen-science-technology-park-ganzhou$/)
  })

  test('a policy shows its number, issuer, in-force badge and attachment', async ({ page }) => {
    await page.goto('/en/policies/shenzhen-ganzhou-cooperation-park-service-list')
    // The English form of the document number (DEMO〔2024〕01号 on the Chinese page).
    await expect(page.getByText('DEMO [2024] No. 01')).toBeVisible()
    await expect(page.getByText('In force', { exact: true })).toBeVisible()
    const attachment = page.getByRole('link', { name: /service list \(sample attachment\)/ })
    await expect(attachment).toHaveAttribute('href', /\.pdf$/)
  })

  test('an event shows Beijing time and registration, and its .ics parses', async ({ page, request }) => {
    // The article dates this event without a time: the page shows the day only, and, being past,
    // offers neither registration nor "add to calendar".
    await page.goto('/zh/events/guangdong-firms-into-ganzhou-shenzhen-2024')
    await expect(page.getByText('2024年9月2日').first()).toBeVisible()
    await expect(page.getByText(/2024年9月2日 \d/)).toHaveCount(0)
    await expect(page.getByText('报名已截止')).toBeVisible()
    await expect(page.getByRole('link', { name: '添加到日历（.ics）' })).toHaveCount(0)
    const allDay = await (
      await request.get('/zh/events/guangdong-firms-into-ganzhou-shenzhen-2024/calendar.ics')
    ).text()
    expect(allDay).toContain('DTSTART;VALUE=DATE:20240902')
    expect(allDay).toContain('DTEND;VALUE=DATE:20240903')

    await page.goto('/zh/events/sample-gba-site-visit')
    await expect(page.getByText(/\d{4}年\d{1,2}月\d{1,2}日 08:30/).first()).toBeVisible()
    const href = await page.getByRole('link', { name: '添加到日历（.ics）' }).getAttribute('href')
    const response = await request.get(href!)
    expect(response.headers()['content-type']).toContain('text/calendar')
    const ics = await response.text()
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    // 08:30 in Beijing is 00:30 UTC.
    expect(ics).toMatch(/DTSTART:\d{8}T003000Z/)
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:大湾区企业赣州园区考察行（示例活动）')
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  })

  test('an industry lists its parks, policies and cases', async ({ page }) => {
    await page.goto('/en/industries/low-altitude-economy')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Low-altitude economy')
    await expect(page.getByRole('link', { name: 'Ganzhou Low-Altitude Economy Industrial Park' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'EHang' })).toBeVisible()
  })
})
