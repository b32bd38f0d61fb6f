import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getCases } from '@/lib/portal/data'
import { optionLabel, originCities } from '@/lib/schema/options'
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
  const counted = {
    casesByIndustry: countBy(cases, (c) => (typeof c.industry === 'object' ? c.industry?.name : undefined)),
    casesByOrigin: countBy(cases, (c) => c.originCity && optionLabel(originCities, c.originCity, locale)),
  }
  return (
    <Section id="charts" title={t('title')}>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {charts.map((chart, i) => {
          const series = chart.data === 'series'
          return (
            <Chart
              key={chart.id ?? i}
              id={`chart-${i}`}
              title={chart.title}
              points={
                series
                  ? (chart.points ?? []).map((p) => ({ label: p.label, value: p.value }))
                  : counted[chart.data as keyof typeof counted]
              }
              unit={chart.unit}
              source={series ? chart.source : (chart.source ?? t('casesSource', { count: cases.length }))}
              asOf={chart.asOf}
              note={chart.note}
              locale={locale}
            />
          )
        })}
      </div>
    </Section>
  )
}
