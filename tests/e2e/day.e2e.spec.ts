import { expect } from '@playwright/test'

import { fromOwnAddress, logIn, openAs, test } from './staff'

/**
 * A bureau's working day (issue 29): an editor imports a spreadsheet of three policies in the
 * Chinese admin (one row refused, said in Chinese), sends the two drafts for review; the reviewer
 * finds them in the queue, sends one back and publishes the other; an enquiry about electronics
 * lands with the electronics team and a due date. (The overdue mail to the team lead needs a chosen
 * clock and an SMTP server: tests/int/leads.int.spec.ts.)
 */
test('a bureau’s day: a spreadsheet in, review, publish; an enquiry finds its team', async ({
  browser,
  request,
  staff,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now().toString(36)
  const csv = [
    'title_zh,title_en,summary_zh,summary_en,category',
    `园区用地政策${stamp},Park land policy ${stamp},用地摘要,Land summary,land`,
    `类别有误的政策${stamp},,摘要,,not-a-category`,
    `人才引进政策${stamp},Talent policy ${stamp},人才摘要,Talent summary,talent`,
  ].join('\n')

  // The editor imports from the policies list: a preview of the rows, then the result.
  const edit = await openAs(browser, staff.editor, '/admin/collections/policies', (p) =>
    p.locator('.list-controls .popup-button').last(),
  )
  // The admin asks its API nothing it answers with an error (it used to log 404s for preferences).
  const failed: string[] = []
  edit.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      failed.push(`${response.status()} ${response.url()}`)
  })
  await edit.locator('.list-controls .popup-button').last().click()
  await edit.getByText('导入 政策清单', { exact: true }).click()
  await edit
    .locator('input[type=file]')
    .setInputFiles({ name: 'policies.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(edit.getByText('3 个待导入文档')).toBeVisible({ timeout: 30_000 })
  await expect(
    edit.getByRole('cell', { name: `en: Park land policy ${stamp} · zh: 园区用地政策${stamp}` }),
  ).toBeVisible()
  await edit.getByRole('button', { name: '开始导入' }).click()
  const issues = edit.getByTestId('import-issues')
  await expect(issues).toContainText('第 2 行：下面的字段是无效的： 政策类别', { timeout: 30_000 })
  await expect(edit.locator('#field-status')).toContainText('部分导入')

  // Two drafts, not public; the editor sends both for review.
  const drafts = await request.get(
    `/api/policies?draft=true&depth=0&locale=zh&where[title][contains]=${encodeURIComponent(stamp)}&sort=title`,
    { headers: { Authorization: staff.editor.token } },
  )
  const docs = (await drafts.json()).docs as { id: number; title: string; slug: string; _status: string }[]
  expect(docs.map((d) => d._status)).toEqual(['draft', 'draft'])
  expect(docs.map((d) => d.slug).sort()).toEqual([`park-land-policy-${stamp}`, `talent-policy-${stamp}`])
  const requests: Record<string, number> = {}
  for (const doc of docs) {
    const sent = await request.post('/api/review-requests', {
      headers: { Authorization: staff.editor.token },
      data: { target: 'policies', documentId: String(doc.id), note: '表格导入，请审核' },
    })
    expect(sent.status()).toBe(201)
    requests[doc.slug] = (await sent.json()).doc.id
  }

  // The reviewer's queue lists both, each with a comparison.
  const review = await logIn(browser, staff.reviewer)
  const queue = review.getByRole('region', { name: '等待审核' })
  for (const doc of docs) {
    const row = queue.getByRole('listitem').filter({ hasText: doc.title })
    await expect(row).toContainText('表格导入，请审核', { timeout: 30_000 })
    await expect(row.getByRole('link', { name: '对比已发布版本' })).toBeVisible()
  }
  // One goes back with a note, the other is published.
  const back = await request.patch(`/api/review-requests/${requests[`talent-policy-${stamp}`]}`, {
    headers: { Authorization: staff.reviewer.token },
    data: { state: 'sentBack', decisionNote: '请补充申请条件' },
  })
  expect(back.status()).toBe(200)
  const land = docs.find((d) => d.slug === `park-land-policy-${stamp}`)!
  const published = await request.patch(`/api/policies/${land.id}`, {
    headers: { Authorization: staff.reviewer.token },
    data: { _status: 'published' },
  })
  expect(published.status()).toBe(200)
  await expect(async () => {
    await review.goto('/admin')
    await expect(review.getByRole('region', { name: '等待审核' })).not.toContainText(land.title, { timeout: 2000 })
  }).toPass({ timeout: 30_000 })
  await edit.goto('/admin')
  await expect(edit.getByRole('region', { name: '退回给您的内容' })).toContainText('请补充申请条件')
  expect(failed).toEqual([])
  for (const [locale, title] of [
    ['zh', land.title],
    ['en', `Park land policy ${stamp}`],
  ] as const) {
    await expect(async () => {
      const page = await request.get(`/${locale}/policies/${land.slug}`)
      expect(page.status()).toBe(200)
      expect(await page.text()).toContain(title)
    }).toPass({ timeout: 30_000 })
  }

  // An enquiry about electronics goes to the electronics team's member, due in working days.
  const address = fromOwnAddress().extraHTTPHeaders['X-Forwarded-For']
  const form = await (await request.get('/api/form-token', { headers: { 'X-Forwarded-For': address } })).json()
  await new Promise((resolve) => setTimeout(resolve, 3500))
  const company = `深圳测试电子有限公司${stamp}`
  const sent = await request.post('/api/enquiries/submit', {
    headers: { 'X-Forwarded-For': address },
    data: {
      company,
      contactName: '陈经理',
      email: `chen-${stamp}@example.com`,
      industry: 'electronics',
      message: '想了解标准厂房和用地政策。',
      consent: 'on',
      locale: 'zh',
      startedAt: form.token,
    },
  })
  expect(sent.status()).toBeLessThan(300)
  const found = await request.get(`/api/enquiries?depth=1&where[company][equals]=${encodeURIComponent(company)}`, {
    headers: { Authorization: staff.reviewer.token },
  })
  const [enquiry] = (await found.json()).docs
  expect(enquiry.team?.name).toBe('电子信息产业招商组')
  expect(enquiry.assignee?.name).toBeTruthy()
  expect(new Date(enquiry.dueAt).getTime()).toBeGreaterThan(Date.now())
  await review.goto(`/admin/collections/enquiries/${enquiry.id}`)
  await expect(review.locator('#field-team')).toContainText('电子信息产业招商组')

  await edit.context().close()
  await review.context().close()
})
