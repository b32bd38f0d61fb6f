import { type Browser, expect, type Page, test } from '@playwright/test'

/**
 * The investor tools as two investors use them (issue 13): the policy finder → a park → comparing
 * it with another → an enquiry about that park; at a phone's and a desktop's width, with no
 * console errors.
 */
const widths = [390, 1280]

const journeyPage = async (browser: Browser, width: number, locale: 'zh-CN' | 'en') => {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale,
    // Its own client address, so the enquiry rate limit never couples two tests.
    extraHTTPHeaders: {
      'X-Forwarded-For': `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return { page, errors, close: () => context.close() }
}

/** The page is no wider than the screen. */
const fits = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(width)

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
    // A person takes longer than the form's minimum fill time (3 s).
    await page.waitForTimeout(3_200)
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
    await page.waitForTimeout(3_200)
    await form.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page.getByTestId('enquiry-reference')).toHaveText(/^GZ-\d{4}-\d{6}$/)
    expect(errors).toEqual([])
    await close()
  })
}

test('the parks map works without a tile service, by keyboard, and follows the list’s filters', async ({ page }) => {
  await page.goto('/en/parks?county=nankang')
  const map = page.getByRole('figure', { name: 'Map of the parks' })
  // Only the two Nankang parks, as in the list; no image is loaded from anywhere.
  await expect(map.getByRole('link', { name: 'Ganzhou International Inland Port' }).first()).toBeVisible()
  await expect(map.locator('svg a')).toHaveCount(2)
  await expect(map.locator('svg image')).toHaveCount(0)
  await map.locator('svg a').first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(
    /\/en\/parks\/(ganzhou-international-inland-port|shenzhen-ganzhou-port-industry-city-nankang)$/,
  )
})

test('the policies list filters by benefit type, origin and firm size', async ({ page }) => {
  await page.goto('/zh/policies')
  await page.getByLabel('红利类型').selectOption({ label: '税收优惠' })
  await page.getByRole('button', { name: '应用筛选' }).click()
  await expect(page).toHaveURL(/benefit=tax/)
  await expect(page.getByRole('link', { name: '大湾区制造业企业迁入税收奖励（示例）' })).toBeVisible()
  await expect(page.getByText('共 1 条结果')).toBeVisible()

  await page.goto('/en/policies?origin=hong-kong-macao&size=large')
  await expect(
    page.getByRole('link', { name: 'A personal case officer for Hong Kong and Macao investors (sample)' }),
  ).toBeVisible()
  // Open to small and medium firms only.
  await expect(
    page.getByRole('link', { name: 'Loan interest subsidy for small and medium firms (sample)' }),
  ).toHaveCount(0)
})

test('on a phone two parks are compared side by side, their names staying in view', async ({ browser }) => {
  const { page, errors, close } = await journeyPage(browser, 390, 'en')
  await page.goto(
    '/en/parks/compare?parks=shenzhen-science-technology-park-ganzhou,ganzhou-economic-technological-development-zone',
  )
  const names = page.getByRole('table').locator('thead th[scope="col"]')
  await expect(names).toHaveCount(2)
  const [first, second] = [(await names.nth(0).boundingBox())!, (await names.nth(1).boundingBox())!]
  // Side by side, both on the screen, no sideways scrolling.
  expect(Math.abs(first.y - second.y)).toBeLessThan(2)
  expect(first.x + first.width).toBeLessThanOrEqual(second.x + 1)
  expect(second.x + second.width).toBeLessThanOrEqual(390)
  await fits(page, 390)
  // Each park's values stand in its column, under its name.
  const land = page
    .getByRole('table')
    .getByRole('row', { name: /^Industrial land/ })
    .locator('td')
  for (const [i, header] of [first, second].entries()) {
    const cell = (await land.nth(i).boundingBox())!
    expect(Math.abs(cell.x - header.x), `column ${i + 1}`).toBeLessThan(2)
  }
  // Far down the table, at the contact row, the names are still at the top of the screen.
  await page
    .getByRole('table')
    .getByRole('row', { name: /^Contact/ })
    .last()
    .scrollIntoViewIfNeeded()
  const stuck = (await names.nth(0).boundingBox())!
  expect(stuck.y).toBeGreaterThanOrEqual(-1)
  expect(stuck.y).toBeLessThan(80)
  await expect(names.nth(1)).toBeInViewport()
  // Each fact is named above its values on a phone.
  await expect(page.getByText('Operating costs').first()).toBeVisible()
  expect(errors).toEqual([])
  await close()
})

test('on a phone the map shows every park whole, with 44 px markers, labels clear of them, and zooms by button and keyboard', async ({
  browser,
}) => {
  const { page, errors, close } = await journeyPage(browser, 390, 'en')
  await page.goto('/en/parks')
  const map = page.getByRole('figure', { name: 'Map of the parks' })
  const svg = map.locator('svg[role="group"]')
  await hydratedMap(svg)
  const frame = (await svg.boundingBox())!
  const markers = await svg.locator('a').all()
  expect(markers.length).toBeGreaterThanOrEqual(5)
  const circles = []
  for (const marker of markers) {
    // The drawn circle (the second) lies wholly inside the map; the link is at least 44 px to tap.
    const drawn = (await marker.locator('circle').nth(1).boundingBox())!
    expect(drawn.x).toBeGreaterThanOrEqual(frame.x)
    expect(drawn.y).toBeGreaterThanOrEqual(frame.y)
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(frame.x + frame.width)
    expect(drawn.y + drawn.height).toBeLessThanOrEqual(frame.y + frame.height)
    const target = (await marker.boundingBox())!
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44)
    circles.push(drawn)
  }
  // No county name sits under a marker.
  for (const label of await svg.locator('text:not([aria-hidden])').all()) {
    const box = await label.boundingBox()
    if (!box) continue
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2]
    for (const c of circles) {
      const inside = cx > c.x && cx < c.x + c.width && cy > c.y && cy < c.y + c.height
      expect(inside, `${await label.textContent()} under a marker`).toBe(false)
    }
  }
  const viewBox = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number)
  const initial = await viewBox()
  const [x0, , w0] = initial
  await map.getByRole('button', { name: 'Zoom in' }).click()
  expect((await viewBox())[2]).toBeLessThan(w0!)
  await map.getByRole('button', { name: 'Show all parks' }).click()
  expect((await viewBox())[2]).toBeCloseTo(w0!, 6)
  // By keyboard: the map takes focus, arrows move, − zooms out, 0 shows all again.
  await svg.focus()
  await page.keyboard.press('ArrowRight')
  expect((await viewBox())[0]).toBeGreaterThan(x0!)
  await page.keyboard.press('-')
  expect((await viewBox())[2]).toBeGreaterThan(w0!)
  await page.keyboard.press('0')
  expect(await viewBox()).toEqual(initial)
  expect(errors).toEqual([])
  await close()
})

/** Waits until React has taken over the map (its viewBox then follows the controls). */
const hydratedMap = (svg: ReturnType<Page['locator']>) =>
  expect
    .poll(() => svg.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps'))), {
      timeout: 30_000,
    })
    .toBe(true)
