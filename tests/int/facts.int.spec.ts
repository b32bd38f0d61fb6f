import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatFigure } from '@/lib/portal/format'
import { seed } from '@/seed'

import { getTestPayload } from '../helpers/payload'

/**
 * The seed's figures against the source article (../shared/content/): each seeded figure is one of
 * the article's, with the article's qualifier ("突破", "超" …), and reads so on the portal.
 */
const ARTICLE_FIGURES = [
  { value: 2, quote: '2小时经济圈' },
  { value: 7, quote: '7条入粤快速大通道' },
  { value: 140, qualifier: 'over', quote: '超140个' },
  { value: 100_000_000_000, qualifier: 'breakthrough', quote: '突破1000亿元' },
  { value: 70_000_000_000, qualifier: 'over', quote: '年供货额超700亿元' },
  { value: 113_000_000, quote: '1.13亿人次' },
  { value: 282_000, quote: '总建筑面积28.2万平方米' },
  { value: 20.09, quote: '总体规划20.09平方公里' },
  { value: 5, quote: '核心启动区5平方公里' },
  // "三分之一", shown as about 33 %.
  { value: 33, qualifier: 'about', quote: '三分之一铁海联运箱量' },
  { value: 4, quote: '顺丰、大漠大、科比特、亿航' },
  { value: 268, quote: '268项行政审批事项' },
  { value: 209, quote: '209个高频政务服务事项' },
  { value: 127, quote: '127个深圳高频事项' },
  { value: 100, quote: '100项已实现与深圳“同事同标”' },
  { value: 48, quote: '48项与深圳“结果互认”' },
] as const

const ARTICLE = path.resolve(import.meta.dirname, '../../../shared/content/ganzhou-gba-article.zh.txt')

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload, { demoAccounts: false })
}, 300_000)

type Figure = { label: string; value: number; qualifier?: string | null }

describe('the seeded figures', () => {
  it('quote the article: each listed figure stands in it as written', (context) => {
    if (!existsSync(ARTICLE)) {
      console.info(`[facts] SKIPPED the article check: ${ARTICLE} is not on this machine`)
      context.skip()
    }
    // The article's text has its line breaks and spaces; the quotes are taken from single sentences.
    const text = readFileSync(ARTICLE, 'utf8').replace(/\s+/g, '')
    for (const { quote } of ARTICLE_FIGURES) expect(text, quote).toContain(quote)
  })

  it('are the article’s figures, each with the article’s qualifier', async () => {
    const home = await payload.findGlobal({ slug: 'home', locale: 'zh' })
    const parks = await payload.find({ collection: 'parks', locale: 'zh', limit: 100, depth: 0 })
    const seeded: Figure[] = [...(home.keyFigures ?? []), ...parks.docs.flatMap((park) => park.keyFigures ?? [])]
    expect(seeded.length).toBeGreaterThanOrEqual(10)
    for (const figure of seeded) {
      const match = ARTICLE_FIGURES.find(
        (f) => f.value === figure.value && ('qualifier' in f ? f.qualifier : null) === (figure.qualifier ?? null),
      )
      expect(match, `${figure.label}: ${figure.qualifier ?? ''} ${figure.value}`).toBeTruthy()
    }
  })

  it('charts: typed-in values are the article’s, or the chart says in both languages that they are samples', async () => {
    const zh = await payload.findGlobal({ slug: 'home', locale: 'zh' })
    const en = await payload.findGlobal({ slug: 'home', locale: 'en' })
    const series = (zh.charts ?? []).filter((chart) => chart.data === 'series')
    expect(series.length).toBeGreaterThanOrEqual(2)
    for (const [i, chart] of (zh.charts ?? []).entries()) {
      if (chart.data !== 'series') continue
      const sample = /示例/.test(`${chart.title} ${chart.note ?? ''}`)
      if (sample) {
        expect(`${en.charts![i]!.title} ${en.charts![i]!.note ?? ''}`).toMatch(/sample/i)
        continue
      }
      expect(chart.source, chart.title).toBeTruthy()
      for (const point of chart.points ?? []) {
        expect(
          ARTICLE_FIGURES.some((f) => f.value === point.value),
          `${chart.title}: ${point.label} ${point.value}`,
        ).toBe(true)
      }
    }
  })

  it('read with their qualifiers on the portal, in both languages', async () => {
    const home = await payload.findGlobal({ slug: 'home', locale: 'en' })
    const total = home.keyFigures?.find((f) => f.value === 100_000_000_000)
    expect(formatFigure(total!.value, total!.format, total!.unit, 'zh', total!.qualifier)).toBe('突破1000亿元')
    expect(formatFigure(total!.value, total!.format, total!.unit, 'en', total!.qualifier)).toBe('over RMB 100 billion')
    const supplies = home.keyFigures?.find((f) => f.value === 70_000_000_000)
    expect(formatFigure(supplies!.value, supplies!.format, null, 'zh', supplies!.qualifier)).toBe('超700亿元')
    expect(supplies!.label).toMatch(/Shenzhen/)
  })
})
