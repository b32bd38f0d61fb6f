import { expect } from '@playwright/test'

import { test } from './staff'

test('search finds a policy by its document number, in each language', async ({ page }) => {
  await page.goto('/zh/search?q=' + encodeURIComponent('DEMO〔2024〕06号'))
  await expect(page.getByRole('link', { name: '“赣深组合港”通关模式' })).toBeVisible()
  await page.goto('/en/search')
  await page.getByRole('searchbox', { name: 'Search the portal' }).fill('EHang')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=EHang/)
  await expect(page.getByRole('link', { name: 'EHang' })).toBeVisible()
})

test('the sitemap lists published documents in both languages with alternates, as an index when it is large', async ({
  request,
}) => {
  // The e2e server puts 50 URLs in a file (SITEMAP_URLS_PER_FILE): the seed's sitemap is an index.
  const root = await (await request.get('/sitemap.xml')).text()
  expect(root).toContain('<sitemapindex')
  const files = [...root.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(files.length).toBeGreaterThan(1)
  expect(files[0]).toBe('/sitemaps/0.xml')
  const xml = (await Promise.all(files.map(async (file) => (await request.get(file)).text()))).join('\n')
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(urls.length).toBeLessThanOrEqual(files.length * 50)
  expect(new Set(urls).size).toBe(urls.length)
  expect(urls).toContainEqual(expect.stringMatching(/\/zh\/parks\/shenzhen-science-technology-park-ganzhou$/))
  expect(urls).toContainEqual(expect.stringMatching(/\/en\/parks\/shenzhen-science-technology-park-ganzhou$/))
  expect(xml).toMatch(/hreflang="zh-CN"/)
  expect(xml).toMatch(/hreflang="x-default"/)
  expect((await request.get(`/sitemaps/${files.length}.xml`)).status()).toBe(404)
  // The origin the server runs with, not the one it was built with (scripts/e2e.mjs builds for another).
  const origin = `http://localhost:${process.env.E2E_PORT || '3210'}`
  expect(root).toContain(`<loc>${origin}/sitemaps/0.xml</loc>`)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`)
  expect(robots).not.toContain('build-time.invalid')
})

test('every detail page carries structured data of its kind, in its language', async ({ request }) => {
  for (const [path, type, name] of [
    [
      '/en/policies/sample-relocation-tax-reward',
      'Legislation',
      'Tax reward for Bay Area manufacturers moving in (sample)',
    ],
    ['/zh/cases/qianxing-technology', 'Article', undefined],
    ['/en/industries/rare-earths-nonferrous', 'Thing', undefined],
    ['/zh/parks/ganzhou-international-inland-port', 'Place', '赣州国际陆港'],
    ['/en/events/guangdong-firms-into-ganzhou-shenzhen-2024', 'Event', undefined],
  ] as const) {
    const html = await (await request.get(path)).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    )
    const data = blocks.find((block) => block['@type'] === type)
    expect(data, path).toBeTruthy()
    expect(data.url, path).toMatch(new RegExp(`${path}$`))
    if (name) expect(data.name).toBe(name)
    expect(data.inLanguage, path).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN')
    // The demo's park positions are samples (sampleFacts: location): not handed to search engines.
    if (type === 'Place') expect(data.geo, path).toBeUndefined()
    if (type === 'Place') expect(data.address, path).toBeTruthy()
    if (type === 'Event') expect(data.startDate, path).toMatch(/^2024-/)
    if (type === 'Legislation') expect(data.legislationIdentifier).toBe('DEMO〔2025〕11号')
  }
})

test.describe('not found', () => {
  test('unknown paths get a localized 404', async ({ page }) => {
    const zh = await page.goto('/zh/no-such-page')
    expect(zh?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()
    const en = await page.goto('/en/parks/no-such-park')
    expect(en?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('a page past the end of a list is not found; page 1 is the list itself', async ({ page }) => {
    // The seed has fewer parks than one page holds.
    const past = await page.goto('/en/parks?page=2')
    expect(past?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    const first = await page.goto('/zh/parks?page=1&county=')
    expect(first?.status()).toBe(200)
    await expect(page.getByRole('status')).toHaveText(/共 \d+ 条结果/)
    await expect(page.getByRole('navigation', { name: '分页' })).toHaveCount(0)
  })

  test('a draft is not reachable', async ({ page, request, staff }) => {
    const slug = `draft-park-${Date.now()}`
    const created = await request.post('/api/parks?draft=true', {
      headers: { Authorization: staff.editor.token },
      data: { name: '未发布的园区', slug, _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const response = await page.goto(`/zh/parks/${slug}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByText('未发布的园区')).toHaveCount(0)
    const api = await (
      await page.request.get(`/api/parks?where[slug][equals]=${slug}`, { headers: { Authorization: '' } })
    ).json()
    expect(api.totalDocs).toBe(0)
  })
})
