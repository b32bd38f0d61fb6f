import { expect } from '@playwright/test'

import { hydrated, test } from './staff'

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

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

test.describe('every page', () => {
  const pages = [
    '',
    '/parks',
    '/parks/ganzhou-international-inland-port',
    '/policies',
    '/policies/ganzhou-shenzhen-combined-port',
    '/events',
    '/events/sample-gba-site-visit',
    '/cases',
    '/cases/qianxing-technology',
    '/industries',
    '/industries/new-energy',
    '/events/young-scientists-in-ganzhou-2024',
    '/news',
    '/news/inland-port-yantian-shipment-2024',
    '/news?kind=news',
    '/pages',
    '/pages/privacy',
    '/site-map',
    '/contact',
    '/parks?county=nankang',
    '/search?q=Ganzhou',
    '/search?q=赣州',
    '/finder',
    '/finder?industry=electronics&size=small&need=rent&need=land',
    '/parks/compare?parks=shenzhen-science-technology-park-ganzhou,ganzhou-economic-technological-development-zone,ganzhou-international-inland-port',
  ]

  test('loads without console errors in both languages', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
    for (const locale of ['zh', 'en']) {
      for (const path of pages) {
        const response = await page.goto(`/${locale}${path}`)
        expect(response?.status(), `${locale}${path}`).toBe(200)
      }
    }
    expect(errors).toEqual([])
  })

  test('nothing is wider than a 360 px phone, in either language', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    for (const locale of ['zh', 'en']) {
      for (const path of pages) {
        await page.goto(`/${locale}${path}`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `/${locale}${path}`).toBeLessThanOrEqual(360)
      }
    }
  })

  test('on a phone one Menu button opens every section, and the header has 44 px tap targets', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    for (const [locale, menu, sections, target, url] of [
      [
        'en',
        'Main navigation',
        ['Home', 'Industrial parks', 'Investment cases', 'Industries', 'News'],
        'Industries',
        /\/en\/industries$/,
      ],
      ['zh-hant', '主導航', ['首頁', '產業園區', '投資案例', '產業鏈', '新聞公告'], '產業鏈', /\/zh-hant\/industries$/],
    ] as const) {
      await page.goto(`/${locale}`)
      await hydrated(page.locator('header details'))
      // The sections are behind the button until it is pressed; nothing scrolls sideways.
      const button = page.locator('header summary')
      await expect(button).toBeVisible()
      for (const control of [
        button,
        page.locator('header').getByRole('link', { name: /^(Search|搜尋)$/ }),
        ...(await page.locator('header a[hreflang]').all()),
      ]) {
        const box = (await control.boundingBox())!
        expect(box.height, (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44)
      }
      await button.click()
      const nav = page.getByRole('navigation', { name: menu })
      for (const name of sections) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
      const link = nav.getByRole('link', { name: target, exact: true })
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      await link.click()
      await expect(page).toHaveURL(url)
      // The menu closed behind the visitor.
      await expect(nav).toBeHidden()
    }
  })

  test('English pages show no Chinese outside the parts marked lang="zh-CN"', async ({ page }) => {
    for (const path of pages.filter((p) => !CJK.test(p))) {
      await page.goto(`/en${path}`)
      // Every visible text node, unless it sits inside an element marked as Chinese.
      const found = await page.evaluate((pattern) => {
        const cjk = new RegExp(pattern)
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        const hits: string[] = []
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement
          if (!parent || parent.closest('script, style, noscript, template, [lang^="zh"]')) continue
          if (cjk.test(node.textContent ?? ''))
            hits.push(`<${parent.tagName.toLowerCase()}> ${node.textContent!.trim().slice(0, 60)}`)
        }
        return hits
      }, CJK.source)
      expect(found, `/en${path}`).toEqual([])
    }
  })
})

test.describe('content changes reach the cached pages', () => {
  // Publishing and deleting are a reviewer's: editors write drafts only.

  test('publishing and deleting a park refreshes both languages without a rebuild', async ({
    page,
    request,
    staff,
  }) => {
    const stamp = String(Date.now())
    const name = `新园区 ${stamp}`
    // Filtered lists and search results are cached pages too (proxy.ts): they must follow as well.
    const filtered = '/zh/parks?level=national'
    const search = `/zh/search?q=${stamp}`
    await page.goto('/en/parks')
    await page.goto(search)
    await expect(page.getByRole('link', { name })).toHaveCount(0)
    await page.goto(filtered)
    await expect(page.getByRole('link', { name })).toHaveCount(0)
    await page.goto('/zh/parks')
    await expect(page.getByRole('link', { name })).toHaveCount(0)

    const authorization = staff.reviewer.token
    const created = await request.post('/api/parks?locale=zh', {
      headers: { Authorization: authorization },
      data: { name, level: 'national', _status: 'published' },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    const translated = await request.patch(`/api/parks/${doc.id}?locale=en`, {
      headers: { Authorization: authorization },
      data: { name: `New park ${doc.id}`, _status: 'published' },
    })
    expect(translated.status(), await translated.text()).toBe(200)

    await expect(async () => {
      await page.goto('/zh/parks')
      await expect(page.getByRole('link', { name })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await expect(async () => {
      await page.goto('/en/parks')
      await expect(page.getByRole('link', { name: `New park ${doc.id}` })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    for (const path of [filtered, search]) {
      await expect(async () => {
        await page.goto(path)
        await expect(page.getByRole('link', { name })).toBeVisible({ timeout: 1000 })
      }).toPass({ timeout: 15_000 })
    }

    expect((await request.delete(`/api/parks/${doc.id}`, { headers: { Authorization: authorization } })).status()).toBe(
      200,
    )
    await expect(async () => {
      await page.goto('/en/parks')
      await expect(page.getByRole('link', { name: `New park ${doc.id}` })).toHaveCount(0, { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await expect(async () => {
      await page.goto(filtered)
      await expect(page.getByRole('link', { name })).toHaveCount(0, { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
  })

  test('a document without English shows its Chinese on the English page, marked as such', async ({
    page,
    request,
    staff,
  }) => {
    const authorization = staff.reviewer.token
    const slug = `zh-only-${Date.now()}`
    const created = await request.post('/api/policies?locale=zh', {
      headers: { Authorization: authorization },
      data: { title: '仅有中文的政策', summary: '这条政策还没有英文版本。', slug, _status: 'published' },
    })
    expect(created.status()).toBe(201)

    await page.goto(`/en/policies/${slug}`)
    const title = page.getByRole('heading', { level: 1 })
    await expect(title).toContainText('仅有中文的政策')
    await expect(title.getByText('Chinese only')).toBeVisible()
    await expect(page.locator('[lang="zh-CN"]', { hasText: '这条政策还没有英文版本。' })).toBeVisible()

    await expect(async () => {
      await page.goto('/en/policies')
      const card = page.getByRole('listitem').filter({ hasText: '仅有中文的政策' }).first()
      await expect(card.getByText('Chinese only').first()).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })

    await page.goto(`/zh/policies/${slug}`)
    await expect(page.getByText('Chinese only')).toHaveCount(0)
  })
})
