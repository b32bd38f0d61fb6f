import { expect, type Page } from '@playwright/test'

import { logIn, openAs, test } from './staff'

/**
 * The autosave that carries `text` (the last thing typed): on a busy machine an earlier autosave,
 * sent before the typing ended, answers first, and the form's later state is saved by the next one.
 */
const autosaved = (page: Page, locale: 'zh' | 'en', text: string) =>
  page.waitForResponse(
    (r) =>
      /\/api\/parks\/\d+\?.*autosave=true/.test(r.url()) &&
      r.url().includes(`locale=${locale}`) &&
      r.request().method() === 'PATCH' &&
      (r.request().postData() ?? '').includes(text) &&
      r.status() === 200,
  )

test.describe('editorial workflow', () => {
  test('an editor drafts a park in both languages; a reviewer publishes it; the portal shows it', async ({
    browser,
    page: visitor,
    staff,
  }) => {
    // Two admin sessions, four autosaves, a publish and the portal: a minute or two on a busy 2-core machine.
    test.setTimeout(180_000)
    const stamp = Date.now().toString(36)
    const zhName = `瑞金测试园区${stamp}`
    const enName = `Ruijin Test Park ${stamp}`

    // The editor writes the Chinese, then the English without a summary: drafts save themselves.
    const edit = await logIn(browser, staff.editor)
    await edit.goto('/admin/collections/parks/create?locale=zh')
    await expect(edit).toHaveURL(/\/admin\/collections\/parks\/\d+/)
    const docUrl = edit.url().split('?')[0]!
    let saved = autosaved(edit, 'zh', '瑞金测试园区的中文正文。')
    await edit.locator('#field-name').fill(zhName)
    await edit.locator('#field-summary').fill('瑞金测试园区的中文摘要。')
    await edit.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await edit.keyboard.type('瑞金测试园区的中文正文。')
    await saved
    // Editors have no Publish button: publishing is a reviewer's decision.
    await expect(edit.locator('#action-save')).toHaveCount(0)

    await edit.getByRole('button', { name: /语言环境/ }).click()
    await edit.getByRole('button', { name: 'English' }).click()
    await expect(edit).toHaveURL(/locale=en/)
    saved = autosaved(edit, 'en', 'The English body of the test park.')
    await edit.locator('#field-name').fill(enName)
    await edit.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await edit.keyboard.type('The English body of the test park.')
    await saved
    // As stored: Payload merges an autosave's answer into the form only when nothing was typed since it
    // was sent, so the live field can still show the state before it (one run in three on a busy machine).
    await edit.reload()
    await expect(edit.locator('#field-translationState')).toHaveValue('中 ✔ / 繁 ✔ / EN ✘')
    // Begun in Chinese, the address follows the English title once there is one (until the first publish).
    const slug = await edit.locator('#field-slug').inputValue()
    expect(slug).toBe(`ruijin-test-park-${stamp}`)

    // The list's translation column shows the missing English summary.
    await edit.goto(`/admin/collections/parks?search=${encodeURIComponent(stamp)}`)
    const row = edit.getByRole('row').filter({ hasText: stamp })
    await expect(row).toContainText('中 ✔ / 繁 ✔ / EN ✘')
    await expect(row).toContainText('草稿')

    // Live preview shows the draft, in draft mode.
    await edit.goto(`${docUrl}?locale=zh`)
    await expect(edit.locator('#field-name')).toHaveValue(zhName)
    // The admin remembers per user whether the preview was open: open it only if it is not.
    const frame = edit.locator('iframe[src*="/next/preview"]')
    await edit.waitForTimeout(1000)
    if ((await frame.count()) === 0) await edit.locator('#live-preview-toggler').click()
    const preview = edit.frameLocator('iframe[src*="/next/preview"]')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(zhName)
    await expect(preview.getByText('草稿预览')).toBeVisible()

    // Not on the portal yet.
    for (const path of [`/zh/parks/${slug}`, `/en/parks/${slug}`]) {
      expect((await visitor.request.get(path)).status()).toBe(404)
    }
    await visitor.goto('/zh/parks')
    await expect(visitor.getByRole('link', { name: zhName })).toHaveCount(0)

    // The reviewer publishes; the admin asks first, as the English is incomplete.
    const review = await logIn(browser, staff.reviewer)
    await review.goto(`${docUrl}?locale=zh`)
    await expect(review.locator('#field-name')).toHaveValue(zhName)
    // The editor may still hold the document's lock (Payload keeps it a while after the last edit):
    // the reviewer takes over, as a reviewer would, whenever the lock dialog comes up (on a busy
    // machine it came after a fixed wait, and covered the Publish button until the test timed out).
    const takeOver = review.getByRole('dialog').getByRole('button', { name: '接管' })
    await review.addLocatorHandler(takeOver, () => takeOver.click())
    review.once('dialog', async (dialog) => {
      expect(dialog.message()).toContain('翻译不完整')
      await dialog.accept()
    })
    await review.locator('#action-save').click()
    await expect(review.getByText('已发布').first()).toBeVisible()
    // The dashboard now lists it among published documents missing a translation.
    await review.goto('/admin')
    await expect(review.getByRole('region', { name: '已发布但翻译不完整' })).toContainText(zhName)

    // Both portal lists show it without a rebuild (on-demand revalidation).
    await expect(async () => {
      await visitor.goto('/zh/parks')
      await expect(visitor.getByRole('link', { name: zhName })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    await expect(async () => {
      await visitor.goto('/en/parks')
      await expect(visitor.getByRole('link', { name: enName })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    // The English page shows the Chinese summary in its place, marked as such.
    await visitor.goto(`/en/parks/${slug}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(enName)
    const summary = visitor.getByText('瑞金测试园区的中文摘要。')
    await expect(summary).toHaveAttribute('lang', 'zh-CN')
    await expect(visitor.getByText('Chinese only').first()).toBeVisible()
    await expect(visitor.getByText('Draft preview')).toHaveCount(0)

    // Published, the address stays; a reviewer who changes it leaves the old one redirecting, in
    // every language (a draft with the new slug changes nothing until it is published).
    const renamed = `ruijin-park-${stamp}`
    const publish = (draft: boolean) =>
      visitor.request.patch(
        `${docUrl.replace('/admin/collections/', '/api/')}?locale=en${draft ? '&draft=true' : ''}`,
        {
          headers: { Authorization: staff.reviewer.token },
          data: { slug: renamed, ...(draft ? {} : { _status: 'published' }) },
        },
      )
    expect((await publish(true)).status()).toBe(200)
    expect((await visitor.request.get(`/en/parks/${slug}`, { maxRedirects: 0 })).status()).toBe(200)
    expect((await publish(false)).status()).toBe(200)
    for (const locale of ['zh', 'zh-hant', 'en']) {
      await expect(async () => {
        const old = await visitor.request.get(`/${locale}/parks/${slug}`, { maxRedirects: 0 })
        expect(old.status()).toBe(308)
        expect(new URL(old.headers().location!, 'http://x').pathname).toBe(`/${locale}/parks/${renamed}`)
      }).toPass({ timeout: 30_000 })
    }
    await visitor.goto(`/zh-hant/parks/${slug}`)
    await expect(visitor).toHaveURL(new RegExp(`/zh-hant/parks/${renamed}$`))
    await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

test.describe('globals under review', () => {
  for (const [slug, field] of [
    ['home', '#field-hero__title'],
    ['site-settings', '#field-siteName'],
  ] as const) {
    test(`an editor cannot publish ${slug} from the admin, and the public page keeps it`, async ({
      browser,
      page,
      staff,
    }) => {
      test.setTimeout(120_000)
      const edit = await openAs(browser, staff.editor, `/admin/globals/${slug}`, (p) => p.locator(field))
      await expect(edit.locator(field)).toBeVisible()
      // No Publish button for an editor, as on documents.
      await expect(edit.locator('#action-save')).toHaveCount(0)
      // A publish sent from the admin's session anyway is refused, in the admin's language.
      const attempt = await edit.evaluate(async (path) => {
        const response = await fetch(path, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
          body: JSON.stringify({ _status: 'published' }),
        })
        return { status: response.status, text: await response.text() }
      }, `/api/globals/${slug}`)
      expect(attempt.status).toBe(403)
      expect(attempt.text).toContain('编辑只能保存草稿')
      await edit.context().close()
      // The portal still has its home page and contact details.
      await page.goto('/zh')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.goto('/zh/contact')
      await expect(page.getByRole('main')).toContainText('@')
    })
  }

  test('an editor drafts a change to the site settings in the admin; only a reviewer publishes it', async ({
    browser,
    page: visitor,
    staff,
  }) => {
    test.setTimeout(120_000)
    // Still a CC BY 4.0 line, should a reviewer publish it while other tests run.
    const licence = `（示例许可）CC BY 4.0，编辑草稿 ${Date.now().toString(36)}`
    const edit = await logIn(browser, staff.editor)
    await edit.goto('/admin/globals/site-settings?locale=zh')
    // The form is editable for an editor (Payload 3.90.1 showed a published global read-only to anyone
    // who may save drafts only: patches/@payloadcms+next+3.90.1.patch).
    const field = edit.locator('#field-dataLicence')
    await expect(field).toBeEditable({ timeout: 30_000 })
    const saved = edit.waitForResponse(
      (r) =>
        /\/api\/globals\/site-settings\?.*autosave=true/.test(r.url()) &&
        (r.request().postData() ?? '').includes(licence),
    )
    await field.fill(licence)
    expect((await saved).status()).toBe(200)
    // Editors have no Publish button, and the portal still shows the published licence.
    await expect(edit.locator('#action-save')).toHaveCount(0)
    await visitor.goto('/zh/data')
    await expect(visitor.getByRole('region', { name: '许可' })).not.toContainText(licence)
    // Publishing through the API as the editor is refused; the draft is kept for a reviewer.
    const published = await visitor.request.post('/api/globals/site-settings?locale=zh', {
      headers: { Authorization: staff.editor.token },
      data: { dataLicence: licence, _status: 'published' },
    })
    expect(published.status()).toBe(403)
    const draft = await visitor.request.get('/api/globals/site-settings?locale=zh&draft=true&depth=0', {
      headers: { Authorization: staff.editor.token },
    })
    expect((await draft.json()).dataLicence).toBe(licence)
    await edit.context().close()
  })
})

test.describe('review as a flow', () => {
  test('an editor submits a draft with a note; the reviewer sees it waiting, sends it back; the editor sees why, submits again; the reviewer publishes', async ({
    browser,
    request,
    staff,
  }) => {
    test.setTimeout(180_000)
    const title = `待审核新闻 ${Date.now().toString(36)}`
    const created = await request.post('/api/news?draft=true', {
      headers: { Authorization: staff.editor.token },
      data: { title, _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const id = (await created.json()).doc.id
    const docPath = `/admin/collections/news/${id}`

    // The editor sends it, with a note for the reviewer.
    const edit = await openAs(browser, staff.editor, docPath, (p) => p.getByRole('region', { name: '审核' }))
    const editPanel = edit.getByRole('region', { name: '审核' })
    await expect(editPanel.getByRole('status')).toHaveText('尚未提交审核。')
    await editPanel.getByLabel('给审核人的说明（可选）').fill('请核对日期')
    await editPanel.getByRole('button', { name: '提交审核' }).click()
    await expect(editPanel.getByRole('status')).toContainText('等待审核')
    await edit.goto('/admin')
    await expect(edit.getByRole('region', { name: '您提交、等待审核的内容' })).toContainText(title)

    // The reviewer's dashboard lists it, with its author and a comparison.
    const review = await logIn(browser, staff.reviewer)
    const queue = review.getByRole('region', { name: '等待审核' })
    await expect(queue).toContainText(title)
    await expect(queue).toContainText('测试编辑')
    await expect(queue).toContainText('请核对日期')
    const compare = queue.getByRole('listitem').filter({ hasText: title }).getByRole('link', { name: '对比已发布版本' })
    await compare.click()
    await expect(review).toHaveURL(new RegExp(`/admin/collections/news/${id}/versions/`))
    await expect(review.getByText(title).first()).toBeVisible()

    // … and sends it back with a note.
    await review.goto(docPath)
    const takeOver = review.getByRole('dialog').getByRole('button', { name: '接管' })
    await review.addLocatorHandler(takeOver, () => takeOver.click())
    const reviewPanel = review.getByRole('region', { name: '审核' })
    await expect(reviewPanel.getByRole('status')).toContainText('等待审核')
    await reviewPanel.getByLabel('退回意见（必填）').fill('英文标题缺失')
    await reviewPanel.getByRole('button', { name: '退回' }).click()
    await expect(reviewPanel.getByRole('status')).toContainText('退回')
    await expect(reviewPanel).toContainText('英文标题缺失')

    // The editor sees why on the dashboard and in the document, and sends it again.
    await edit.goto('/admin')
    await expect(edit.getByRole('region', { name: '退回给您的内容' })).toContainText('英文标题缺失')
    await edit.goto(docPath)
    await expect(editPanel).toContainText('英文标题缺失')
    await editPanel.getByRole('button', { name: '提交审核' }).click()
    await expect(editPanel.getByRole('status')).toContainText('等待审核')

    // The reviewer publishes: the request closes, the queue empties of it.
    await review.goto(docPath)
    await expect(reviewPanel.getByRole('status')).toContainText('等待审核')
    review.once('dialog', (dialog) => dialog.accept())
    await review.locator('#action-save').click()
    await expect(reviewPanel.getByRole('status')).toContainText('审核发布')
    await review.goto('/admin')
    await expect(review.getByRole('region', { name: '等待审核' })).not.toContainText(title)
  })
})
