import { getTranslations } from 'next-intl/server'

import { htmlLang, type Locale } from '@/i18n/locales'
import { type ParkCosts, type PriceKey, priceRange } from '@/lib/portal/estimate'
import { formatArea, formatDate, formatDuration } from '@/lib/portal/format'
import { destinations, optionLabel, siteKinds, siteStatuses, travelModes } from '@/lib/schema/options'
import type { Park } from '@/payload-types'

type Costs = NonNullable<Park['costs']>
type Site = NonNullable<Park['sites']>[number]
type Route = NonNullable<Park['logistics']>[number]
type Translate = Awaited<ReturnType<typeof getTranslations<'Costs'>>>

/** The published costs in the order a park page and the comparison list them. */
export const COST_KEYS = ['landPrice', 'factoryRent', 'electricity', 'water', 'wage'] as const satisfies PriceKey[]

/**
 * How a park's costs, sites and travel times read, shared by its page and the comparison:
 * "RMB 12 per m² per month" (or "RMB 3,800–4,800 per month" where the park gives a range), "Standard factory · 12,000 m² · Available · Ready by 31 Dec 2026",
 * "2 hr, 30 min" with "High-speed rail · 420 km · Ganzhou West Station".
 */
export function parkFactText(locale: Locale, t: Translate) {
  const number = (value: number) => new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 2 }).format(value)
  const area = (value: Park['plannedArea']) => formatArea(value, locale)
  return {
    area,
    /** A published cost in its unit, a range where it is one; null where the park gives none. */
    cost: (key: PriceKey, costs: ParkCosts | null | undefined) => {
      const range = priceRange(costs, key)
      if (!range) return null
      const value = range.high === undefined ? number(range.low) : `${number(range.low)}–${number(range.high)}`
      return t(`${key}Unit`, { value })
    },
    site: (site: Site) =>
      [
        optionLabel(siteKinds, site.kind, locale),
        area(site.area),
        site.price,
        optionLabel(siteStatuses, site.status, locale),
        site.readyDate && `${t('readyDate')} ${formatDate(site.readyDate, locale)}`,
      ]
        .filter(Boolean)
        .join(' · '),
    destination: (route: Route) => optionLabel(destinations, route.destination, locale),
    duration: (route: Route) => formatDuration(route.minutes, locale),
    route: (route: Route) =>
      [
        route.mode && optionLabel(travelModes, route.mode, locale),
        route.km != null && t('km', { km: number(route.km) }),
        route.place,
      ]
        .filter(Boolean)
        .join(' · '),
  }
}

/** A park page's costs, available sites and travel times, each shown only when it has any. */
export async function ParkFacts({
  locale,
  costs,
  sites,
  logistics,
  dataNote,
}: {
  locale: Locale
  costs?: Costs | null
  sites?: Site[] | null
  logistics?: Route[] | null
  dataNote?: string | null
}) {
  const t = await getTranslations('Costs')
  const say = parkFactText(locale, t)
  const costRows = COST_KEYS.flatMap((key) => {
    const value = say.cost(key, costs)
    return value === null ? [] : [[t(key), value]]
  })
  const box = 'rounded-lg border border-slate-200 p-5'
  const heading = 'text-lg font-semibold text-slate-900'
  return (
    <div className="mt-8 grid gap-6 md:grid-cols-2">
      {costRows.length > 0 && (
        <section aria-labelledby="costs" className={box}>
          <h2 id="costs" className={heading}>
            {t('costs')}
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            {costRows.map(([label, value]) => (
              <div key={label} className="flex flex-wrap justify-between gap-x-4">
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {costs?.asOf && (
            <p className="mt-3 text-xs text-slate-600">
              {t('asOf')} {formatDate(costs.asOf, locale)}
            </p>
          )}
        </section>
      )}
      {(logistics ?? []).length > 0 && (
        <section aria-labelledby="logistics" className={box}>
          <h2 id="logistics" className={heading}>
            {t('logistics')}
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            {(logistics ?? []).map((route) => (
              <div key={route.id} className="flex flex-wrap justify-between gap-x-4">
                <dt className="text-slate-600">{say.destination(route)}</dt>
                <dd className="text-right">
                  <span className="font-medium text-slate-900">{say.duration(route)}</span>
                  <span className="block text-xs text-slate-600">{say.route(route)}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {(sites ?? []).length > 0 && (
        <section aria-labelledby="sites" className={`${box} md:col-span-2`}>
          <h2 id="sites" className={heading}>
            {t('sites')}
          </h2>
          <ul className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
            {(sites ?? []).map((site) => (
              <li key={site.id}>
                <span className="font-medium text-slate-900">{site.name}</span>
                <span className="block text-slate-600">{say.site(site)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dataNote && <p className="text-sm text-slate-600 md:col-span-2">{dataNote}</p>}
    </div>
  )
}
