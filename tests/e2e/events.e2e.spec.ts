import { type APIRequestContext, type Browser, expect } from '@playwright/test'
import ICAL from 'ical.js'
import Parser from 'rss-parser'

import { fromOwnAddress, likeAPerson, logIn, type Member, test } from './staff'

/** An upcoming event that takes registrations on the portal, published by a reviewer. */
async function publishEvent(request: APIRequestContext, reviewer: Member, capacity: number) {
  const token = reviewer.token
  const stamp = Date.now().toString(36)
  const startsAt = new Date(Date.now() + 12 * 86400_000).toISOString()
  const created = await request.post('/api/events?locale=zh', {
    headers: { Authorization: token },
    data: {
      title: `园区开放日（测试）${stamp}`,
      startsAt,
      startsAt_tz: 'Asia/Shanghai',
      city: '赣州',
      registration: { status: 'open', method: 'builtin', capacity },
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await request.patch(`/api/events/${doc.id}?locale=en`, {
    headers: { Authorization: token },
    data: { title: `Park open day (test) ${stamp}`, city: 'Ganzhou', _status: 'published' },
  })
  return doc as { id: number; slug: string }
}

type Person = { name: string; company: string; email: string }

async function register(browser: Browser, locale: 'zh' | 'en', slug: string, person: Person) {
  const context = await browser.newContext(fromOwnAddress())
  const page = await context.newPage()
  await page.goto(`/${locale}/events/${slug}`)
  const zh = locale === 'zh'
  const form = page.getByRole('region', { name: zh ? '在线报名' : 'Register online' })
  await form.getByLabel(zh ? /^姓名/ : /^Name/).fill(person.name)
  await form.getByLabel(zh ? '单位' : 'Organisation').fill(person.company)
  await form.getByLabel(zh ? '电子邮箱' : 'Email').fill(person.email)
  await form.getByLabel(zh ? /我同意主办方/ : /I agree/).check()
  // The privacy notice is linked next to the box.
  await expect(form.getByRole('link', { name: zh ? /隐私政策/ : /privacy notice/ })).toHaveAttribute(
    'href',
    `/${locale}/pages/privacy`,
  )
  await likeAPerson(page)
  await form.getByRole('button', { name: zh ? '提交报名' : 'Register' }).click()
  const status = page.getByRole('status')
  await expect(status).toBeVisible()
  const reference = (await page.getByTestId('registration-reference').textContent())?.trim() ?? ''
  expect(reference).toMatch(/^HD-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
  const text = (await status.textContent()) ?? ''
  await context.close()
  return { reference, text }
}

test('people register in Chinese and in English; staff see both; a full event puts the next on the waiting list', async ({
  browser,
  request,
  staff,
}) => {
  // Three people filling the form like people (3 s each) and an admin session: near a minute on a busy machine.
  test.setTimeout(120_000)
  const event = await publishEvent(request, staff.reviewer, 2)
  // The places left, as each language says them; the cached page follows every sign-up.
  const sidebar = async (locale: 'zh' | 'zh-hant' | 'en', text: string, button: string) =>
    expect(async () => {
      const response = await request.get(`/${locale}/events/${event.slug}`)
      const html = await response.text()
      expect(html).toContain(text)
      expect(html).toContain(`>${button}</a>`)
    }).toPass({ timeout: 15_000 })
  await sidebar('zh', '剩余 2 个名额（共 2 个）', '前往报名')
  await sidebar('en', '2 places left of 2', 'Register')
  const zh = await register(browser, 'zh', event.slug, {
    name: '陈女士',
    company: '深圳某电子有限公司',
    email: 'chen@sz-electronics.example',
  })
  expect(zh.text).toContain('报名成功')
  await sidebar('en', '1 place left of 2', 'Register')
  const en = await register(browser, 'en', event.slug, {
    name: 'Mary Wong',
    company: 'Kowloon Trading Ltd',
    email: 'mary@kowloon.example',
  })
  expect(en.text).toContain('You are registered')
  await sidebar('zh', '名额已满：新报名将进入候补名单', '登记候补')
  await sidebar('zh-hant', '名額已滿：新報名將進入候補名單', '登記候補')
  await sidebar('en', 'Full: new registrations join the waiting list', 'Join the waiting list')
  const third = await register(browser, 'zh', event.slug, {
    name: '李先生',
    company: '东莞某制造有限公司',
    email: 'li@dg.example',
  })
  expect(third.text).toContain('名额已满，您已进入候补名单')

  const admin = await logIn(browser, staff.editor)
  await admin.goto(`/admin/collections/registrations?where[event][equals]=${event.id}`)
  for (const reference of [zh.reference, en.reference, third.reference]) {
    await expect(admin.getByRole('link', { name: reference })).toBeVisible({ timeout: 30_000 })
  }
  await expect(admin.getByRole('link', { name: '导出 CSV' })).toBeVisible()
  // The event's sidebar counts them.
  await admin.goto(`/admin/collections/events/${event.id}`)
  await expect(admin.getByTestId('registration-summary')).toContainText(
    '已确认报名 2 份，共 2 人（名额 2 个）；候补 1 份',
    {
      timeout: 30_000,
    },
  )
  // The dashboard lists it among upcoming events with people, not registrations.
  await admin.goto('/admin')
  const row = admin
    .getByRole('region', { name: '即将举行的活动报名' })
    .getByRole('listitem')
    .filter({ has: admin.locator(`a[href="/admin/collections/events/${event.id}"]`) })
  await expect(row).toContainText('已确认 2 人 · 候补 1 人 · 剩余名额 0', { timeout: 30_000 })
  await admin.context().close()
})

test('news: the list and a story in both languages, the switcher keeping the story', async ({ page }) => {
  await page.goto('/zh/news')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻公告')
  await page.getByRole('link', { name: '深赣合作话剧《叩响》在北京上演' }).click()
  await expect(page).toHaveURL(/\/zh\/news\/drama-kouxiang-beijing-2024$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('深赣合作话剧《叩响》在北京上演')
  await expect(page.getByText('2024年6月6日').first()).toBeVisible()
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/news\/drama-kouxiang-beijing-2024$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Shenzhen–Ganzhou drama “Knocking” staged in Beijing',
  )
  await expect(page.getByText('6 Jun 2024').first()).toBeVisible()
  const jsonLd = (
    await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')))
  ).find((data) => data['@type'] === 'NewsArticle')
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-06-06', inLanguage: 'en' })
  await page.goto('/en/news?kind=announcement')
  await expect(page.getByRole('link', { name: /\(Sample\) The “Guangdong firms into Ganzhou” portal/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Knocking/ })).toHaveCount(0)
})

test('feeds parse with real parsers, are linked from their lists, and follow a publish', async ({
  page,
  request,
  staff,
}) => {
  const parser = new Parser()
  for (const locale of ['zh', 'en'] as const) {
    const news = await parser.parseString(await (await request.get(`/${locale}/news/feed.xml`)).text())
    expect(news.items.length).toBeGreaterThanOrEqual(4)
    expect(news.items.map((item) => item.title)).toContain(
      locale === 'zh' ? '深赣合作话剧《叩响》在北京上演' : 'Shenzhen–Ganzhou drama “Knocking” staged in Beijing',
    )
    for (const item of news.items) expect(item.link).toMatch(new RegExp(`^http://localhost:\\d+/${locale}/news/`))
    const policies = await parser.parseString(await (await request.get(`/${locale}/policies/feed.xml`)).text())
    expect(policies.items.length).toBeGreaterThanOrEqual(10)
  }
  await page.goto('/zh/events')
  const subscribe = page.getByRole('link', { name: '订阅活动日历' })
  await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/localhost:\d+\/zh\/events\/calendar\.ics$/)
  await expect(page.locator('link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
    'href',
    /\/zh\/events\/calendar\.ics$/,
  )
  await page.goto('/en/news')
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/en\/news\/feed\.xml$/,
  )

  const calendar = async () => {
    const response = await request.get('/en/events/calendar.ics')
    expect(response.headers()['content-type']).toContain('text/calendar')
    const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent')
    return vevents.map((v) => new ICAL.Event(v))
  }
  const before = await calendar()
  expect(before.length).toBeGreaterThanOrEqual(3)
  const uids = before.map((e) => e.uid)
  expect(new Set(uids).size).toBe(uids.length)
  for (const uid of uids) expect(uid).toMatch(/^event-\d+@invest-ganzhou$/)
  for (const e of before) expect(e.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now())

  // Published now, in the subscribed calendar at its next poll.
  const event = await publishEvent(request, staff.reviewer, 30)
  const after = await calendar()
  expect(after.map((e) => e.uid)).toContain(`event-${event.id}@invest-ganzhou`)
  expect(after.find((e) => e.uid === `event-${event.id}@invest-ganzhou`)?.summary).toMatch(/^Park open day \(test\)/)
})

for (const width of [390, 1280]) {
  test(`the home charts are readable at ${width} px in both languages, with their data as a table`, async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setViewportSize({ width, height: 900 })
    for (const locale of ['zh', 'en'] as const) {
      await page.goto(`/${locale}`)
      const charts = page.locator('#charts ~ * figure, section[aria-labelledby="charts"] figure')
      expect(await charts.count()).toBeGreaterThanOrEqual(4)
      const sizes = await page
        .locator('svg[data-chart] text')
        .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)))
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
      // Nothing is drawn past the screen's edge.
      const right = await page
        .locator('svg[data-chart] text')
        .evaluateAll((texts) => Math.max(...texts.map((t) => t.getBoundingClientRect().right)))
      expect(right).toBeLessThanOrEqual(width)
      const first = charts.first()
      await first.getByText(locale === 'zh' ? '查看数据表' : 'Show the data as a table').click()
      await expect(first.getByRole('table')).toBeVisible()
      await expect(first.getByRole('row')).toHaveCount(4)
    }
    expect(errors).toEqual([])
  })
}
