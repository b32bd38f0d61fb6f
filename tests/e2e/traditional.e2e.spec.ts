import { expect } from '@playwright/test'

import { MAINLAND_WORDS, simplifiedCharacters } from '../../lib/schema/traditional'

import { test } from './staff'

/** Traditional Chinese (Hong Kong and Macao readers), at /zh-hant, converted from the Simplified text. */
test('the switcher goes round zh → 繁體 → English → zh on a park, a policy and an event, keeping the document', async ({
  page,
}) => {
  for (const path of [
    '/parks/ganzhou-international-inland-port',
    '/policies/ganzhou-shenzhen-combined-port',
    '/events/sample-gba-site-visit',
  ]) {
    await page.goto(`/zh${path}`)
    await page.getByRole('link', { name: '繁體中文', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/zh-hant${path}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en${path}$`))
    await page.getByRole('link', { name: '简体中文', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/zh${path}$`))
  }
  await page.goto('/zh-hant/parks/ganzhou-international-inland-port')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('贛州國際陸港')
  const hreflang = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
  expect(hreflang).toEqual(expect.arrayContaining(['zh-CN', 'zh-HK', 'en', 'x-default']))
  // Search reads the Traditional index.
  await page.goto(`/zh-hant/search?q=${encodeURIComponent('陸港')}`)
  await expect(page.getByRole('link', { name: '贛州國際陸港' }).first()).toBeVisible()
})

test('search crosses scripts: 稅收/税收 and 無人機/无人机 find the same on either Chinese page, 稀土 on /en leads to English pages', async ({
  page,
}) => {
  const results = async (locale: string, query: string) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    return page
      .locator('main ol > li h2 a')
      .evaluateAll((links) =>
        [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].sort(),
      )
  }
  for (const [simplified, traditional] of [
    ['税收', '稅收'],
    ['无人机', '無人機'],
  ] as const) {
    const zh = await results('zh', simplified)
    expect(zh.length, simplified).toBeGreaterThan(0)
    const asPaths = (paths: string[], locale: string) => paths.map((path) => path.replace(/^\/zh\//, `/${locale}/`))
    expect(await results('zh', traditional), `zh ${traditional}`).toEqual(zh)
    expect(await results('zh-hant', simplified), `zh-hant ${simplified}`).toEqual(asPaths(zh, 'zh-hant'))
    expect(await results('zh-hant', traditional), `zh-hant ${traditional}`).toEqual(asPaths(zh, 'zh-hant'))
  }
  // A mark on the Traditional page is the text as written there (無人機), whichever script was typed.
  await results('zh-hant', '无人机')
  await expect(page.locator('main ol mark').first()).toHaveText('無人機')
  const en = await results('en', '稀土')
  expect(en.length).toBeGreaterThan(0)
  expect(en.every((path) => path.startsWith('/en/'))).toBe(true)
  const titles = await page.locator('main ol > li h2 a').allTextContents()
  expect(
    titles.some((title) => !/\p{Script=Han}/u.test(title)),
    titles.join(' | '),
  ).toBe(true)
})

test('a Simplified edit appears converted on the Traditional page; a hand-edited Traditional field survives the next one', async ({
  page,
  request,
  staff,
}) => {
  const token = staff.reviewer.token
  const found = await (
    await request.get('/api/parks?where[slug][equals]=ganzhou-low-altitude-economy-park&depth=0')
  ).json()
  const id = found.docs[0].id
  const patch = (locale: string, data: Record<string, unknown>) =>
    request.patch(`/api/parks/${id}?locale=${locale}`, { headers: { Authorization: token }, data })

  const stamp = Date.now().toString(36)
  expect((await patch('zh', { summary: `无人机物流企业集聚发展（更新${stamp}）` })).status()).toBe(200)
  await page.goto('/zh-hant/parks/ganzhou-low-altitude-economy-park')
  await expect(page.getByText(`無人機物流企業集聚發展（更新${stamp}）`)).toBeVisible()

  // A Hong Kong reviewer rewrites the summary by hand; the next Simplified edit leaves it alone.
  expect((await patch('zh-hant', { summary: `低空經濟企業雲集（人工審校${stamp}）` })).status()).toBe(200)
  expect((await patch('zh', { summary: `低空经济企业集聚（再次更新${stamp}）` })).status()).toBe(200)
  await page.goto('/zh-hant/parks/ganzhou-low-altitude-economy-park')
  await expect(page.getByText(`低空經濟企業雲集（人工審校${stamp}）`)).toBeVisible()
  await page.goto('/zh/parks/ganzhou-low-altitude-economy-park')
  await expect(page.getByText(`低空经济企业集聚（再次更新${stamp}）`)).toBeVisible()
})

/**
 * Every Traditional page the sitemap lists, and the templates it does not (finder, contact, search):
 * no Simplified characters outside the parts marked as Simplified (lang="zh-CN"), and no mainland
 * word where Hong Kong has its own (lib/schema/traditional.ts: 郵箱 → 電郵, 聯繫 → 聯絡, 信息 → 資訊,
 * 在線 → 網上, 搜索 → 搜尋 …). The seed has no reviewed fields (a Hong Kong reviewer's own wording is
 * theirs to keep), so every word here comes from a conversion.
 */
test('Traditional pages show no Simplified characters and no mainland words, on every page of the sitemap', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const locs = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  const files = await locs('/sitemap.xml')
  const listed = (await Promise.all(files.map(locs))).flat().filter((path) => path.startsWith('/zh-hant'))
  expect(listed.length).toBeGreaterThan(40)
  const paths = [
    ...new Set([
      ...listed,
      '/zh-hant/finder',
      '/zh-hant/contact',
      `/zh-hant/search?q=${encodeURIComponent('園區')}`,
      '/zh-hant/parks/compare?parks=ganzhou-international-inland-port,ganzhou-low-altitude-economy-park',
    ]),
  ]
  const problems: string[] = []
  for (const path of paths) {
    await page.goto(path)
    const texts = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const found: string[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || parent.closest('script, style, noscript, template, [lang="zh-CN"]')) continue
        if (node.textContent?.trim()) found.push(node.textContent)
      }
      return found
    })
    for (const text of texts) {
      const simplified = simplifiedCharacters(text)
      if (simplified.length) problems.push(`${path}: Simplified ${simplified.join('')} in "${text.slice(0, 80)}"`)
      const words = MAINLAND_WORDS.filter((word) => text.includes(word))
      if (words.length) problems.push(`${path}: mainland ${words.join(', ')} in "${text.slice(0, 80)}"`)
    }
  }
  console.info(`[traditional] ${paths.length} Traditional pages read`)
  expect(problems).toEqual([])
})
