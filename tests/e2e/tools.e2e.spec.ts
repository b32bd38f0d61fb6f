import { expect, type Page, test } from '@playwright/test'

import { fits, journeyPage } from './journey'

/** The investor's tools on their own: the parks map, the policy filters, the comparison on a phone. */

test('the parks map works without a tile service, by keyboard, and follows the list’s filters', async ({ page }) => {
  await page.goto('/en/parks?county=nankang')
  const map = page.getByRole('figure', { name: 'Map of the parks' })
  // Only the two Nankang parks, as in the list; no tile is loaded from anywhere, only the portal's own
  // file of county outlines, which the browser draws.
  await expect(map.getByRole('link', { name: 'Ganzhou International Inland Port' }).first()).toBeVisible()
  await expect(map.locator('svg a')).toHaveCount(2)
  await expect(map.locator('svg image')).toHaveCount(1)
  const outlines = await map.locator('svg image').getAttribute('href')
  expect(outlines).toBe('/map/ganzhou-counties.svg')
  const file = await page.request.get(outlines!)
  expect(file.headers()['content-type']).toContain('image/svg+xml')
  expect((await file.text()).match(/<path /g)).toHaveLength(18)
  const drawn = await page.evaluate(async (href) => {
    const image = new Image()
    image.src = href
    await image.decode()
    return image.naturalWidth
  }, outlines!)
  expect(drawn).toBeGreaterThan(0)
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
