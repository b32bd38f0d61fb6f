import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Section, verifiedSections } from '@/lib/sections'
import { seed } from '@/seed'

import { getBarePayload } from '../helpers/payload'

let payload: Payload
let first: { created: number; kept: number }

beforeAll(async () => {
  payload = await getBarePayload()
  first = await seed(payload, { demoAccounts: false })
}, 300_000)

const publishedCount = async (collection: Section) =>
  (await payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: false })).totalDocs

describe('the demo content', () => {
  it('fills every section with at least what the portal needs', async () => {
    expect(first.created).toBeGreaterThan(0)
    expect(await publishedCount('industries')).toBeGreaterThanOrEqual(7)
    expect(await publishedCount('parks')).toBeGreaterThanOrEqual(5)
    expect(await publishedCount('policies')).toBeGreaterThanOrEqual(10)
    expect(await publishedCount('events')).toBeGreaterThanOrEqual(6)
    expect(await publishedCount('cases')).toBeGreaterThanOrEqual(8)
    expect(await publishedCount('news')).toBeGreaterThanOrEqual(4)
    expect(await publishedCount('pages')).toBeGreaterThanOrEqual(5)
    expect(await publishedCount('projects')).toBeGreaterThanOrEqual(5)
  })

  it('gives every filter of the investor tools something to find, every sample marked as one', async () => {
    const options = await import('@/lib/schema/options')
    for (const { value } of options.benefitTypes) {
      const found = await payload.count({ collection: 'policies', where: { 'benefits.type': { equals: value } } })
      expect(found.totalDocs, `benefit type ${value}`).toBeGreaterThan(0)
    }
    for (const { value } of options.policyCategories) {
      const found = await payload.count({ collection: 'policies', where: { category: { equals: value } } })
      expect(found.totalDocs, `category ${value}`).toBeGreaterThan(0)
    }
    const parks = await payload.find({ collection: 'parks', locale: 'en', limit: 100, depth: 0 })
    for (const park of parks.docs) {
      expect(park.level, `${park.slug} level`).toBeTruthy()
      expect(park.plannedArea?.value ?? park.builtArea?.value, `${park.slug} area`).toBeGreaterThan(0)
      expect(park.costs?.landPrice, `${park.slug} costs`).toBeGreaterThan(0)
      expect(park.logistics?.length, `${park.slug} travel times`).toBeGreaterThan(0)
      // The article gives none of these numbers: the park says so.
      expect(park.dataNote, `${park.slug} data note`).toMatch(/sample/)
    }
    for (const locale of ['zh', 'en'] as const) {
      const samples = await payload.find({
        collection: 'policies',
        locale,
        limit: 100,
        where: { slug: { like: 'sample-' } },
      })
      expect(samples.totalDocs).toBeGreaterThanOrEqual(8)
      for (const doc of samples.docs) {
        expect(doc.title).toMatch(locale === 'zh' ? /（示例）$/ : / \(sample\)$/)
        for (const benefit of doc.benefits ?? []) expect(benefit.text).toMatch(locale === 'zh' ? /示例/ : /sample/)
      }
    }
  })

  it('offers projects seeking investment for several industries, every one a sample, marked in every language', async () => {
    const options = await import('@/lib/schema/options')
    const modes = new Set<string>()
    for (const locale of ['zh', 'zh-hant', 'en'] as const) {
      const projects = await payload.find({ collection: 'projects', locale, limit: 100, depth: 1 })
      expect(projects.totalDocs).toBeGreaterThanOrEqual(5)
      for (const project of projects.docs) {
        expect(project.sample, project.slug).toBe(true)
        expect(project.title).toMatch(locale === 'en' ? / \(sample\)$/ : /（示例）$/)
        expect(project.totalInvestment).toBeGreaterThan(0)
        expect(project.investmentSought ?? 0).toBeLessThanOrEqual(project.totalInvestment)
        expect(new Date(project.validUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
        for (const mode of project.mode ?? []) modes.add(mode)
      }
      const industries = new Set(projects.docs.map((p) => (typeof p.industry === 'object' ? p.industry?.slug : null)))
      expect(industries.size).toBeGreaterThanOrEqual(4)
      // A Shenzhen electronics firm has a project to find, with a team that answers about it.
      const electronics = projects.docs.find(
        (p) => typeof p.industry === 'object' && p.industry?.slug === 'electronics',
      )
      expect(typeof electronics?.team === 'object' && electronics.team?.name).toBeTruthy()
    }
    expect([...modes].sort()).toEqual(options.cooperationModes.map((o) => o.value).sort())
  })

  it('starts with nothing stale: every document staff re-verify has its last-verified date', async () => {
    for (const collection of verifiedSections) {
      const unverified = await payload.count({ collection, where: { lastVerified: { exists: false } } })
      expect(unverified.totalDocs, collection).toBe(0)
    }
  })

  it('has past and upcoming events', async () => {
    const now = new Date().toISOString()
    const upcoming = await payload.count({
      collection: 'events',
      where: { startsAt: { greater_than: now }, slug: { like: 'sample-' } },
    })
    const past = await payload.count({ collection: 'events', where: { startsAt: { less_than: now } } })
    expect(upcoming.totalDocs).toBeGreaterThanOrEqual(1)
    expect(past.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('lists as events only what the article dates as events, with no invented time or organiser', async () => {
    const all = await payload.find({ collection: 'events', locale: 'zh', limit: 100 })
    const fromArticle = { docs: all.docs.filter((event) => !event.slug.startsWith('sample-')) }
    expect(fromArticle.docs.length).toBe(3)
    for (const event of fromArticle.docs) {
      expect(event.dateOnly, event.slug).toBe(true)
      expect(event.organiser ?? null, event.slug).toBeNull()
    }
    // A theatre performance, a street opening and a photo of a port are news, not investment events.
    const slugs = fromArticle.docs.map((e) => e.slug)
    expect(slugs).not.toContain('drama-kouxiang-beijing-2024')
    const news = await payload.find({ collection: 'news', locale: 'zh', limit: 100 })
    expect(news.docs.map((n) => n.slug)).toEqual(
      expect.arrayContaining([
        'drama-kouxiang-beijing-2024',
        'xunwu-survey-1930-quarter',
        'inland-port-yantian-shipment-2024',
      ]),
    )
    // Everything else an event says beyond the article is marked as a sample in both languages.
    for (const locale of ['zh', 'en'] as const) {
      const samples = await payload.find({
        collection: 'events',
        locale,
        limit: 100,
        where: { slug: { like: 'sample-' } },
      })
      for (const event of samples.docs) {
        for (const text of [event.title, event.organiser, event.venue]) {
          expect(text, event.slug).toMatch(locale === 'zh' ? /示例/ : /sample/i)
        }
      }
    }
  })

  it('invents no issuer or effective date the article does not give', async () => {
    const policies = await payload.find({ collection: 'policies', locale: 'zh', limit: 100, depth: 0 })
    for (const policy of policies.docs) {
      // The article's data source published the article; it issued none of the policies.
      expect(policy.issuer ?? '', policy.slug).not.toMatch(/宣传部/)
    }
    const rounds = policies.docs.find((p) => p.slug === 'gba-benchmarking-action-rounds')
    // "2021年以来" is a year, not 1 January 2021.
    expect(rounds?.effectiveDate ?? null).toBeNull()
  })

  it('links the footer to a privacy notice, terms and an accessibility statement, with sample registration numbers marked', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 1 })
      for (const key of ['about', 'privacy', 'terms', 'accessibility'] as const) {
        const page = settings.pages?.[key]
        expect(typeof page === 'object' && page?._status, key).toBe('published')
      }
      expect(settings.official?.icp).toMatch(/ICP备/)
      expect(settings.official?.note).toMatch(locale === 'zh' ? /示例/ : /sample/)
      expect(settings.retentionMonths).toBe(24)
    }
  })

  it('is written in both languages with the article’s facts', async () => {
    const [zh] = (
      await payload.find({
        collection: 'parks',
        locale: 'zh',
        where: { slug: { equals: 'shenzhen-science-technology-park-ganzhou' } },
      })
    ).docs
    const [en] = (
      await payload.find({
        collection: 'parks',
        locale: 'en',
        fallbackLocale: false,
        where: { slug: { equals: 'shenzhen-science-technology-park-ganzhou' } },
      })
    ).docs
    expect(zh?.name).toBe('深圳科技园赣州园区')
    expect(en?.name).toBe('Shenzhen Science & Technology Park Ganzhou')
    expect(zh?.builtArea).toMatchObject({ value: 282000, unit: 'm2' })
    expect(en?.keyFigures?.[0]).toMatchObject({ label: 'Total floor space', value: 282000 })

    const event = await payload.find({
      collection: 'events',
      locale: 'en',
      where: { slug: { equals: 'guangdong-firms-into-ganzhou-shenzhen-2024' } },
    })
    // 2 September 2024 in Beijing (the article gives no time) begins at 16:00 UTC the day before.
    expect(event.docs[0]?.startsAt).toBe('2024-09-01T16:00:00.000Z')

    const home = await payload.findGlobal({ slug: 'home', locale: 'en' })
    expect(home.keyFigures?.find((f) => f.format === 'yuan' && f.value === 100_000_000_000)?.source).toMatch(
      /Development and Reform/,
    )
    const homeZh = await payload.findGlobal({ slug: 'home', locale: 'zh' })
    expect(homeZh.hero?.title).toMatch(/粤企入赣/)
  })

  it('publishes a setup guide with steps for each kind of investment, every step a sample, in all three languages', async () => {
    const { setupRoutes } = await import('@/lib/schema/options')
    const read = (locale: 'zh' | 'zh-hant' | 'en') =>
      payload.findGlobal({ slug: 'setup-guide', locale, depth: 0, overrideAccess: false })
    const [zh, hant, en] = await Promise.all([read('zh'), read('zh-hant'), read('en')])
    for (const { value } of setupRoutes) {
      const steps = (zh.steps ?? []).filter((step) => step.routes.includes(value))
      expect(steps.length, value).toBeGreaterThanOrEqual(4)
    }
    expect((zh.steps ?? []).every((step) => step.sample && step.agency && step.daysMax != null)).toBe(true)
    // The introduction quotes the article; Traditional is converted on save.
    expect(zh.intro).toContain('127个深圳高频事项在赣州24小时自助可办')
    expect(hant.intro).toContain('127個深圳高頻事項在贛州24小時自助可辦')
    expect(hant.steps?.[1]?.title).toBe('企業名稱申報和設立登記')
    expect(en.steps?.[1]?.title).toBe('Register the company and its name')
  })

  it('comes with generated images, each with alt text in both languages', async () => {
    const media = await payload.find({
      collection: 'media',
      where: { filename: { like: 'seed-' } },
      locale: 'en',
      fallbackLocale: false,
      limit: 100,
    })
    expect(media.totalDocs).toBeGreaterThanOrEqual(10)
    for (const doc of media.docs) {
      expect(doc.alt).toMatch(/[a-z]/i)
      expect(doc.sizes?.card?.url).toBeTruthy()
    }
  })

  it('changes nothing when it runs again', async () => {
    const before = await payload.count({ collection: 'parks' })
    const again = await seed(payload, { demoAccounts: false })
    expect(again.created).toBe(0)
    expect(again.kept).toBe(first.created + first.kept)
    expect((await payload.count({ collection: 'parks' })).totalDocs).toBe(before.totalDocs)
  }, 120_000)

  it('creates no accounts unless asked to (production never is)', async () => {
    const demo = await payload.count({ collection: 'users', where: { email: { like: '@example.com' } } })
    expect(demo.totalDocs).toBe(0)
  })
})
