import { getTranslations } from 'next-intl/server'

import { type Locale, LOCALE_INFO } from '@/i18n/locales'
import { formatDate, formatFigure } from '@/lib/portal/format'

export type ChartPoint = { label: string; value: number }

const ROW = 46
const BAR = 14
const BAR_SPACE = 70 // per cent of the width the longest bar takes; its value follows it

/**
 * A horizontal bar chart in server-rendered SVG. The SVG has no viewBox: it is as wide as its box and
 * its text is set in CSS pixels (13 px), so labels stay readable on a 390 px phone instead of
 * shrinking with the drawing; bar lengths are percentages. All values share one unit (`unit`). For
 * screen readers and anyone who prefers numbers, the same data is a table under the chart.
 */
export async function Chart({
  id,
  title,
  points,
  unit,
  source,
  asOf,
  note,
  locale,
}: {
  id: string
  title: string
  points: ChartPoint[]
  unit?: string | null
  source?: string | null
  asOf?: string | null
  note?: string | null
  locale: Locale
}) {
  if (points.length === 0) return null
  const t = await getTranslations('Charts')
  const max = Math.max(...points.map((p) => p.value), 1)
  const value = (p: ChartPoint) => formatFigure(p.value, 'number', unit, locale)
  const height = points.length * ROW
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <svg
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="mt-4 block overflow-visible"
        data-chart={id}
      >
        <desc id={`${id}-desc`}>{points.map((p) => `${p.label}: ${value(p)}`).join('; ')}</desc>
        {points.map((p, i) => {
          const width = Math.max(0.5, (p.value / max) * BAR_SPACE)
          const y = i * ROW
          return (
            <g key={p.label}>
              <text x="0" y={y + 14} fontSize="13" fill="#334155">
                {p.label}
              </text>
              <rect x="0" y={y + 22} width={`${width}%`} height={BAR} rx="3" fill={i % 2 ? '#c9962b' : '#b91c1c'} />
              <text x={`${width + 1.5}%`} y={y + 34} fontSize="13" fontWeight="700" fill="#0f172a">
                {value(p)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="mt-3 space-y-1 text-xs text-slate-600">
        {source && (
          <p>
            {[t('source', { source }), asOf && t('asOf', { date: formatDate(asOf, locale) })]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {note && <p>{note}</p>}
      </figcaption>
      <details className="mt-3 text-sm">
        <summary className="text-brand-700 cursor-pointer">{t('table')}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-1 font-medium">
                {t('item')}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {unit ? t('valueIn', { unit }) : t('value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label} className="border-b border-slate-100">
                <th scope="row" className="py-1 font-normal">
                  {p.label}
                </th>
                <td className="py-1 text-right tabular-nums">{p.value.toLocaleString(LOCALE_INFO[locale].intl)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
