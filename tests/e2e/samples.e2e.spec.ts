import { expect, type Page } from '@playwright/test'

import { type Locale, locales } from '../../i18n/locales'
import { formatArea } from '../../lib/portal/format'
import { optionLabel, originCities, parkLevels } from '../../lib/schema/options'
import en from '../../messages/en.json' with { type: 'json' }
import zhHant from '../../messages/zh-hant.json' with { type: 'json' }
import zh from '../../messages/zh.json' with { type: 'json' }

import { test } from './staff'

const messages = { zh, 'zh-hant': zhHant, en }
const mark = (locale: Locale) => messages[locale].Common.sampleValue.replace('{value}', '')

type Park = {
  slug: string
  level?: string | null
  plannedArea?: { value?: number | null; unit?: string | null } | null
  builtArea?: { value?: number | null; unit?: string | null } | null
  sampleFacts?: string[] | null
}
type Case = {
  slug: string
  originCity?: string | null
  industry?: { name?: string; slug?: string } | null
  sampleFacts?: string[] | null
}
/** A document with sample facts: its page's path and each sample value as the page writes it, unmarked. */
type Sample = { path: string; values: string[] }

/**
 * Every sample visibly marked wherever it is shown (issue 28): the sample facts come from the API
 * (`sampleFacts`), the values are written as the portal writes them, and each template that shows
 * them — home, lists, detail pages (their own facts and the related cards), the comparison — is
 * read in every locale. A sample value shown in a card of its document, in a fact of a page (dd) or
 * in its column of the comparison must carry the mark; charts leave samples out and say so.
 */
test('sample facts are marked wherever they are shown, in every locale', async ({ page, request }) => {
  test.setTimeout(240_000)
  let checked = 0
  // How many sample values were found on the pages (marked): the walk looked at real values.
  let marked = 0
  for (const locale of locales) {
    const read = async <T extends { sampleFacts?: string[] | null }>(collection: string, depth: number) =>
      (
        (await (await request.get(`/api/${collection}?locale=${locale}&depth=${depth}&limit=100`)).json()).docs as T[]
      ).filter((doc) => doc.sampleFacts?.length)
    const parks = await read<Park>('parks', 0)
    const cases = await read<Case>('cases', 1)
    expect(parks.length, locale).toBeGreaterThanOrEqual(4)
    expect(cases.length, locale).toBeGreaterThanOrEqual(5)
    const has = (doc: { sampleFacts?: string[] | null }, fact: string) => doc.sampleFacts?.includes(fact)
    const samples: Sample[] = [
      ...parks.map((park) => ({
        path: `/${locale}/parks/${park.slug}`,
        values: [
          has(park, 'level') && park.level && optionLabel(parkLevels, park.level, locale),
          ...(has(park, 'area')
            ? [formatArea(park.plannedArea as never, locale), formatArea(park.builtArea as never, locale)]
            : []),
        ].filter((value): value is string => Boolean(value)),
      })),
      ...cases.map((item) => ({
        path: `/${locale}/cases/${item.slug}`,
        values: [
          has(item, 'origin') && item.originCity && optionLabel(originCities, item.originCity, locale),
          has(item, 'industry') && item.industry?.name,
        ].filter((value): value is string => Boolean(value)),
      })),
    ]
    // Parks whose samples are costs, sites or travel only: those are on their own page under the
    // park's data note, not on cards; the values checked here are the ones cards show.
    const shown = samples.filter((sample) => sample.values.length > 0)
    expect(shown.length, locale).toBeGreaterThanOrEqual(8)
    const industries = [...new Set(cases.map((item) => item.industry?.slug).filter(Boolean))]
    const paths = [
      `/${locale}`,
      `/${locale}/parks`,
      `/${locale}/cases`,
      ...shown.map((sample) => sample.path),
      ...industries.map((slug) => `/${locale}/industries/${slug}`),
      `/${locale}/parks/compare?parks=${parks
        .slice(0, 4)
        .map((park) => park.slug)
        .join(',')}`,
    ]
    for (const path of paths) {
      await page.goto(path)
      const { problems, seen } = await unmarked(page, shown, mark(locale))
      expect(problems, path).toEqual([])
      checked++
      marked += seen
    }
    // The home charts count facts only, and say how many samples they leave out.
    await page.goto(`/${locale}`)
    await expect(page.getByRole('region', { name: messages[locale].Charts.title })).toContainText(
      locale === 'en' ? /not counted/ : /未計入|未计入/,
    )
    // Sample positions: the map says they are approximate (caption and each marker's name), and
    // the park's structured data leaves them out.
    const placed = parks.filter((park) => has(park, 'location'))
    expect(placed.length, locale).toBeGreaterThanOrEqual(4)
    await page.goto(`/${locale}/parks`)
    const map = page.getByRole('figure', { name: messages[locale].Map.title })
    await expect(map.locator('figcaption')).toContainText(messages[locale].Map.allApproximate)
    const markers = map.locator('svg a[aria-label]')
    await expect(markers).toHaveCount(placed.length)
    const suffix = messages[locale].Map.approximateMarker.replace('{name}', '')
    for (const label of await markers.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')))) {
      expect(label, locale).toMatch(new RegExp(`${suffix.replace(/[()]/g, '\\$&')}$`))
    }
    const first = placed[0]!
    await page.goto(`/${locale}/parks/${first.slug}`)
    const structured = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(structured.join(''), locale).toContain(`/${locale}/parks/${first.slug}`)
    expect(structured.join(''), locale).not.toContain('GeoCoordinates')
  }
  console.info(`[samples] ${checked} pages read, ${marked} sample values found, all marked`)
  expect(marked).toBeGreaterThan(100)
})

/** The places on the page where a sample value is shown without its mark. */
function unmarked(page: Page, samples: Sample[], mark: string) {
  return page.evaluate(
    ({ samples, mark }) => {
      const problems: string[] = []
      let seen = 0
      const check = (where: string, element: Element, values: string[]) => {
        const text = (element as HTMLElement).innerText
        for (const value of values) {
          const shown = text.split(value).length - 1
          const marked = text.split(value + mark).length - 1
          seen += shown
          if (shown > marked) problems.push(`${where}: "${value}" without "${mark}" in "${text.slice(0, 120)}"`)
        }
      }
      for (const { path, values } of samples) {
        const links = [...document.querySelectorAll(`main a[href="${path}"]`)]
        // Cards of the document, wherever they are (lists, home, related cards).
        for (const link of links) {
          const card = link.closest('li')
          if (card) check(`card ${path}`, card, values)
        }
        // Its column of the comparison.
        const header = links.map((link) => link.closest('th[scope="col"]')).find(Boolean)
        if (header) {
          const column = [...header.parentElement!.children].indexOf(header)
          for (const row of document.querySelectorAll('main table tbody tr')) {
            const cell = row.children[column]
            if (cell) check(`compare ${path}`, cell, values)
          }
        }
        // Its own page: the facts.
        if (location.pathname === path) {
          for (const dd of document.querySelectorAll('main dd')) check(`fact on ${path}`, dd, values)
        }
      }
      return { problems, seen }
    },
    { samples, mark },
  )
}

test('an industry’s page names its sector team, each member’s public contacts, marked as samples, in every locale', async ({
  page,
  request,
}) => {
  const teams = (await (await request.get('/api/teams?depth=1&locale=all&limit=50')).json()).docs as {
    name: Record<string, string>
    sample?: boolean
    industries: { slug: string }[]
    officers: { name: Record<string, string>; phone?: string; email?: string; user?: unknown }[]
  }[]
  const team = teams.find((t) => t.sample && t.industries.length > 0 && t.officers.length > 0)
  expect(team, 'the seed has a sample team').toBeDefined()
  // The public sees names and public contacts, never the accounts behind them.
  for (const officer of team!.officers) expect(officer).not.toHaveProperty('user')
  for (const locale of locales) {
    await page.goto(`/${locale}/industries/${team!.industries[0]!.slug}`)
    const section = page.getByRole('region', { name: messages[locale].Industries.team })
    await expect(section).toContainText(`${team!.name[locale]}${mark(locale)}`)
    for (const officer of team!.officers) {
      await expect(section).toContainText(`${officer.name[locale]}${mark(locale)}`)
      if (officer.email)
        await expect(section.getByRole('link', { name: officer.email })).toHaveAttribute(
          'href',
          `mailto:${officer.email}`,
        )
    }
  }
})
