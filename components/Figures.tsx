import type { Locale } from '@/i18n/locales'
import { formatFigure, type FigureFormat } from '@/lib/portal/format'

type Figure = {
  id?: string | null
  label: string
  value: number
  unit?: string | null
  format?: FigureFormat | null
  qualifier?: string | null
}

/** Big honest numbers, formatted for the reader's locale; `footnote` says where one comes from. */
export function Figures({
  figures,
  locale,
  footnote,
}: {
  figures: Figure[]
  locale: Locale
  footnote?: (figure: Figure, index: number) => React.ReactNode
}) {
  if (!figures.length) return null
  return (
    <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((figure, i) => (
        <div key={figure.id ?? i} className="rounded-lg border border-slate-200 bg-white p-5">
          <dt className="text-sm text-slate-600">{figure.label}</dt>
          <dd className="text-brand-700 mt-2 text-3xl font-bold">
            {formatFigure(figure.value, figure.format, figure.unit, locale, figure.qualifier)}
          </dd>
          {footnote && <dd className="mt-3 text-xs text-slate-600">{footnote(figure, i)}</dd>}
        </div>
      ))}
    </dl>
  )
}
