import { expect, type Page } from '@playwright/test'

import { test } from './staff'

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
      data: {
        title: '仅有中文的政策',
        summary: '这条政策还没有英文版本。',
        slug,
        // A typed benefit: the policy finder lists it as an incentive.
        benefits: [{ type: 'finance', text: '贷款贴息（测试）' }],
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)

    await page.goto(`/en/policies/${slug}`)
    const title = page.getByRole('heading', { level: 1 })
    await expect(title).toContainText('仅有中文的政策')
    await expect(title.getByText('Chinese only')).toBeVisible()
    await expect(page.locator('[lang="zh-CN"]', { hasText: '这条政策还没有英文版本。' })).toBeVisible()
    // Nowhere else on the page either: the breadcrumb, the enquiry form's "About:", the benefit.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[lang="zh-CN"]')).toHaveText(
      '仅有中文的政策',
    )
    expect(await unmarkedChinese(page)).toEqual([])

    await expect(async () => {
      await page.goto('/en/policies')
      const card = page.getByRole('listitem').filter({ hasText: '仅有中文的政策' }).first()
      await expect(card.getByText('Chinese only').first()).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })

    // The policy finder's English answers too: its title and summary marked, and no Chinese on the
    // page outside what is marked as Chinese.
    await expect(async () => {
      await page.goto('/en/finder?need=finance')
      const incentive = page.getByRole('listitem').filter({ hasText: '仅有中文的政策' }).first()
      await expect(incentive.getByText('Chinese only').first()).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    expect(await unmarkedChinese(page)).toEqual([])

    await page.goto(`/zh/policies/${slug}`)
    await expect(page.getByText('Chinese only')).toHaveCount(0)
  })
})

/** Text in Chinese characters in the page's main part that is not marked as Chinese (lang="zh-CN"). */
const unmarkedChinese = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const found: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="zh-CN"], script'))
        found.push(node.textContent!.trim())
    }
    return found
  })
