import type { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { COST_KEYS, parkFactText } from '@/components/investor/ParkFacts'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { incentivesFor, lowest, travelRows } from '@/lib/portal/compare'
import type { FinderIncentive } from '@/lib/portal/finder'
import { formatDate, formatList } from '@/lib/portal/format'
import { counties, destinations, optionLabel, parkLevels } from '@/lib/schema/options'
import type { ComparedPark } from '@/lib/portal/data'
import { shownFact } from '@/lib/portal/samples'
import { documentPath } from '@/lib/sections'
import { EmailAddress } from '@/components/EmailAddress'

export type CompareRow = { label: string; cells: ReactNode[] }
export type CompareGroup = { title: string; rows: CompareRow[] }

type Translators = {
  t: Awaited<ReturnType<typeof getTranslations<'Compare'>>>
  tp: Awaited<ReturnType<typeof getTranslations<'Parks'>>>
  tcost: Awaited<ReturnType<typeof getTranslations<'Costs'>>>
}

/**
 * The comparison's groups of rows (basics, costs, sites, travel, incentives, contact), one cell per
 * park in the order shown. What is compared (lowest cost, shortest trip, incentives that apply) is
 * decided in lib/portal/compare.ts; this only says it in the reader's language.
 */
export function compareGroups(
  locale: Locale,
  parks: ComparedPark[],
  allIncentives: FinderIncentive[],
  { t, tp, tcost }: Translators,
): CompareGroup[] {
  const incentives = incentivesFor(parks, allIncentives, new Date())
  const say = parkFactText(locale, tcost)
  const area = say.area

  const costRow = (key: (typeof COST_KEYS)[number]): CompareRow => {
    // A range is compared by where it starts: the lowest price a park says it offers.
    const values = parks.map((p) => p.costs?.[key])
    const min = lowest(values)
    return {
      label: tcost(key),
      cells: parks.map((p, i) => {
        const text = say.cost(key, p.costs)
        return text === null ? null : (
          <>
            {text}
            {values[i] === min && <Mark>{t('lowest')}</Mark>}
          </>
        )
      }),
    }
  }
  const travel = travelRows(
    parks,
    destinations.map((d) => d.value),
  )
  const travelRow = ({ destination, routes, shortest }: (typeof travel)[number]): CompareRow => {
    return {
      label: optionLabel(destinations, destination, locale),
      cells: routes.map((route) =>
        route ? (
          <>
            {say.duration(route)}
            {route.minutes === shortest && <Mark>{t('shortest')}</Mark>}
            <span className="block text-xs text-slate-600">{say.route(route)}</span>
          </>
        ) : null,
      ),
    }
  }

  return [
    {
      title: t('basics'),
      rows: [
        {
          label: tp('level'),
          cells: parks.map((p) => shownFact(p, 'level', p.level && optionLabel(parkLevels, p.level, locale), locale)),
        },
        { label: tp('county'), cells: parks.map((p) => p.county && optionLabel(counties, p.county, locale)) },
        { label: tp('plannedArea'), cells: parks.map((p) => shownFact(p, 'area', area(p.plannedArea), locale)) },
        { label: tp('builtArea'), cells: parks.map((p) => shownFact(p, 'area', area(p.builtArea), locale)) },
        {
          label: tp('industry'),
          cells: parks.map((p) =>
            formatList(
              (p.leadIndustries ?? []).filter((i) => typeof i === 'object').map((i) => i.name),
              locale,
            ),
          ),
        },
      ],
    },
    {
      title: t('costs'),
      rows: [
        ...COST_KEYS.map(costRow),
        {
          label: tcost('asOf'),
          cells: parks.map((p) => (p.costs?.asOf ? formatDate(p.costs.asOf, locale) : null)),
        },
      ],
    },
    {
      title: t('sites'),
      rows: [
        {
          label: t('sites'),
          cells: parks.map((p) =>
            (p.sites ?? []).length ? (
              <ul key={p.id} className="space-y-2">
                {(p.sites ?? []).map((site) => (
                  <li key={site.id}>
                    <span className="font-medium">{site.name}</span>
                    <span className="block text-xs text-slate-600">{say.site(site)}</span>
                  </li>
                ))}
              </ul>
            ) : null,
          ),
        },
      ],
    },
    {
      title: t('logistics'),
      rows: travel.map(travelRow),
    },
    {
      title: t('incentives'),
      rows: [
        {
          label: t('incentives'),
          cells: incentives.perPark.map((here) => {
            return (
              <>
                {here.length > 0 && (
                  <ul className="list-disc space-y-1 pl-4">
                    {here.map((i) => (
                      <li key={i.slug}>
                        <Link href={documentPath('policies', i.slug)} className="text-brand-700 underline">
                          {i.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {incentives.citywide > 0 && (
                  <p className="mt-1 text-xs text-slate-600">{t('citywide', { count: incentives.citywide })}</p>
                )}
              </>
            )
          }),
        },
      ],
    },
    {
      title: t('contact'),
      rows: [
        {
          label: t('contact'),
          cells: parks.map((p) => (
            <>
              {p.contact?.name && <span className="block">{p.contact.name}</span>}
              {p.contact?.phone && <span className="block">{p.contact.phone}</span>}
              {p.contact?.email && (
                <span className="block">
                  <EmailAddress address={p.contact.email} />
                </span>
              )}
              <Link
                href={`${documentPath('parks', p.slug)}#enquire`}
                className="bg-brand-700 hover:bg-brand-800 mt-2 inline-block rounded-md px-3 py-1.5 text-sm font-medium text-white print:hidden"
              >
                {t('enquire')}
              </Link>
            </>
          )),
        },
        { label: t('dataNote'), cells: parks.map((p) => p.dataNote) },
      ],
    },
  ]
}

/** A "lowest" / "shortest" mark: in words for everyone, not colour alone. */
function Mark({ children }: { children: ReactNode }) {
  return (
    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900">{children}</span>
  )
}
