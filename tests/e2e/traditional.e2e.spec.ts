import { expect } from '@playwright/test'

import { simplifiedCharacters } from '../../lib/schema/traditional'

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

test('Traditional pages show no Simplified characters outside the parts marked as Simplified', async ({ page }) => {
  for (const path of [
    '',
    '/parks',
    '/parks/shenzhen-science-technology-park-ganzhou',
    '/policies',
    '/policies/shenzhen-ganzhou-cooperation-park-service-list',
    '/events',
    '/news',
    '/cases/qianxing-technology',
    '/industries',
    '/pages/privacy',
    '/finder',
    '/contact',
  ]) {
    await page.goto(`/zh-hant${path}`)
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
    const simplified = texts.filter((text) => simplifiedCharacters(text).length > 0)
    expect(simplified, `/zh-hant${path}`).toEqual([])
  }
})
