import type { Locale } from '@/i18n/locales'
import { formatFigure, type FigureFormat } from '@/lib/portal/format'

type Bar = {
  label: string
  value: number
  format?: FigureFormat | null
  unit?: string | null
  qualifier?: string | null
}

/** A horizontal bar chart in plain SVG: readable without JavaScript, scales with its box. */
export function BarChart({
  title,
  bars,
  locale,
  caption,
}: {
  title: string
  bars: Bar[]
  locale: Locale
  caption?: string
}) {
  if (bars.length === 0) return null
  const max = Math.max(...bars.map((b) => b.value))
  const rowHeight = 64
  const height = bars.length * rowHeight
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-5">
      <svg viewBox={`0 0 600 ${height}`} role="img" aria-labelledby="chart-title chart-desc" className="h-auto w-full">
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">
          {bars.map((b) => `${b.label}: ${formatFigure(b.value, b.format, b.unit, locale, b.qualifier)}`).join('; ')}
        </desc>
        {bars.map((bar, i) => {
          const width = Math.max(4, (bar.value / max) * 440)
          const y = i * rowHeight
          return (
            <g key={bar.label}>
              <text x="0" y={y + 16} fontSize="14" fill="#334155">
                {bar.label}
              </text>
              <rect x="0" y={y + 24} width={width} height="24" rx="4" fill={i % 2 ? '#c9962b' : '#b91c1c'} />
              <text x={width + 8} y={y + 42} fontSize="15" fontWeight="700" fill="#0f172a">
                {formatFigure(bar.value, bar.format, bar.unit, locale, bar.qualifier)}
              </text>
            </g>
          )
        })}
      </svg>
      {caption && <figcaption className="mt-3 text-xs text-slate-600">{caption}</figcaption>}
    </figure>
  )
}
