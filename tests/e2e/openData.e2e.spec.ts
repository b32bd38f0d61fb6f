import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

import { DATA, openData, type PortalLocale } from './investorSteps'

/**
 * Open data (issue 30): each dataset's files as a reuser fetches them, in each language (projects
 * too). The parks' CSV is downloaded through the browser in the Shenzhen firm's journey (projects.e2e.spec.ts).
 */

for (const locale of Object.keys(DATA) as PortalLocale[]) {
  const { parks, count, download } = DATA[locale]
  test(`the open data page offers each dataset as CSV and JSON with its dictionary (${locale})`, async ({ page }) => {
    await openData(page, locale)
    const licence = (
      await page
        .getByRole('region', { name: /许可|許可|Licence/ })
        .locator('p')
        .first()
        .innerText()
    ).trim()
    expect(licence).toMatch(/CC BY 4\.0/)
    const sections = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) })
    const parkSection = page.getByRole('region', { name: parks })
    await expect(parkSection).toBeVisible()
    for (const name of ['parks', 'policies', 'events', 'projects']) {
      const section = sections.filter({ has: page.locator(`#data-${name}`) })
      const rows = Number(count.exec(await section.locator('p').first().innerText())![1])
      expect(rows, name).toBeGreaterThan(0)
      const csvLink = section.getByRole('link', { name: `${download} CSV` })
      const csv = await page.request.get((await csvLink.getAttribute('href'))!)
      expect(csv.status()).toBe(200)
      expect(csv.headers()['content-type']).toContain('text/csv')
      expect(csv.headers()['content-disposition']).toContain(`ganzhou-${name}-${locale}.csv`)
      const records = parse((await csv.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
      expect(records, `${name}.csv`).toHaveLength(rows)
      const jsonLink = section.getByRole('link', { name: `${download} JSON` })
      const json = (await (await page.request.get((await jsonLink.getAttribute('href'))!)).json()) as {
        licence: string
        language: string
        fields: { name: string; description: string }[]
        rows: Record<string, unknown>[]
      }
      expect(json.language).toBe(locale)
      expect(json.licence).toBe(licence)
      expect(json.rows).toHaveLength(rows)
      expect(Object.keys(records[0]!)).toEqual(json.fields.map((field) => field.name))
      // The dictionary on the page names every column of the files.
      await section.getByText(/数据字典|數據字典|Data dictionary/).click()
      await expect(section.getByRole('rowheader')).toHaveText(json.fields.map((field) => field.name))
    }
    // Samples stay marked in the data: the sample events' titles say so.
    const events = (await (await page.request.get(`/${locale}/data/events.json`)).json()) as {
      rows: { title: string }[]
    }
    expect(events.rows.some((row) => /示例|sample/i.test(row.title))).toBe(true)
    // Every seeded project is a sample, and its row says so.
    const projects = (await (await page.request.get(`/${locale}/data/projects.json`)).json()) as {
      rows: { sample: boolean }[]
    }
    expect(projects.rows.length).toBeGreaterThan(0)
    expect(projects.rows.every((row) => row.sample === true)).toBe(true)
  })
}

test('an unknown dataset or format is a 404', async ({ request }) => {
  for (const path of ['/zh/data/users.csv', '/en/data/parks.xlsx', '/zh/data/enquiries.json'])
    expect((await request.get(path)).status(), path).toBe(404)
})
