import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getCases } from '@/lib/portal/data'
import { isSample } from '@/lib/portal/samples'
import { optionLabel, originCities, type SampleFact } from '@/lib/schema/options'
import type { Home } from '@/payload-types'

import { Chart, type ChartPoint } from './Chart'
import { Section } from './Section'

type HomeChart = NonNullable<Home['charts']>[number]

/** Counts of published cases by a key (industry, city of origin), largest first. */
function countBy<T>(docs: T[], key: (doc: T) => string | null | undefined): ChartPoint[] {
  const counts = new Map<string, number>()
  for (const doc of docs) {
    const label = key(doc)
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value)
}

/** The home page's charts, as staff set them up (globals/Home.ts): typed-in series or counted cases. */
export async function HomeCharts({ charts, locale }: { charts: HomeChart[]; locale: Locale }) {
  if (charts.length === 0) return null
  const [t, cases] = await Promise.all([getTranslations('Charts'), getCases(locale)])
  // Facts only: a case whose origin or industry is a sample is not counted, and the chart says how many.
  const byFact = {
    casesByIndustry: ['industry', (c) => (typeof c.industry === 'object' ? c.industry?.name : undefined)],
    casesByOrigin: ['origin', (c) => c.originCity && optionLabel(originCities, c.originCity, locale)],
  } satisfies Record<string, [SampleFact, (c: (typeof cases)[number]) => string | null | undefined]>
  const counted = Object.fromEntries(
    Object.entries(byFact).map(([name, [fact, key]]) => [
      name,
      {
        points: countBy(
          cases.filter((c) => !isSample(c, fact)),
          key,
        ),
        leftOut: cases.filter((c) => isSample(c, fact) && key(c)).length,
      },
    ]),
  ) as Record<keyof typeof byFact, { points: ChartPoint[]; leftOut: number }>
  return (
    <Section id="charts" title={t('title')}>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {charts.map((chart, i) => {
          const series = chart.data === 'series'
          const cased = series ? undefined : counted[chart.data as keyof typeof counted]
          const leftOut = cased?.leftOut ? t('samplesLeftOut', { count: cased.leftOut }) : undefined
          return (
            <Chart
              key={chart.id ?? i}
              id={`chart-${i}`}
              title={chart.title}
              points={cased ? cased.points : (chart.points ?? []).map((p) => ({ label: p.label, value: p.value }))}
              unit={chart.unit}
              source={series ? chart.source : (chart.source ?? t('casesSource', { count: cases.length }))}
              asOf={chart.asOf}
              note={[chart.note, leftOut].filter(Boolean).join(' ') || undefined}
              locale={locale}
            />
          )
        })}
      </div>
    </Section>
  )
}
