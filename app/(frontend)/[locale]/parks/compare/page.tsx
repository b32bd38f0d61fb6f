import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { COST_KEYS, parkFactText } from '@/components/investor/ParkFacts'
import { LabelledSelect } from '@/components/LabelledSelect'
import { PageHeader } from '@/components/PageHeader'
import { Link } from '@/i18n/navigation'
import { getFinderData, getParksBySlug } from '@/lib/portal/data'
import { askedSlugs, incentivesFor, lowest, MAX_PARKS, splitAsked, travelRows } from '@/lib/portal/compare'
import { formatDate, formatList } from '@/lib/portal/format'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { counties, destinations, optionLabel, parkLevels } from '@/lib/schema/options'
import { comparePath, documentPath, sectionPath } from '@/lib/sections'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Rendered per request from its query (the reads under it are cached). */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Compare' })
  return { ...pageMetadata({ locale, path: comparePath(), title: t('title'), description: t('intro') }) }
}

/**
 * Two to four parks side by side. Rendered per request from its URL (the parks are in the query),
 * over reads cached until content changes. A table: each park a column, each fact a row headed by
 * its name, so a screen reader announces both; on a phone the table scrolls sideways inside the page.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const asked = askedSlugs((await searchParams).parks)
  const [t, tp, tcost, data] = await Promise.all([
    getTranslations('Compare'),
    getTranslations('Parks'),
    getTranslations('Costs'),
    getFinderData(locale),
  ])
  const { known, unknown, shown } = splitAsked(
    asked,
    data.parks.map((p) => p.slug),
  )
  const parks = await getParksBySlug(locale, shown)
  const slugs = parks.map((p) => p.slug)
  const incentives = incentivesFor(parks, data.incentives, new Date())
  const say = parkFactText(locale, tcost)
  const area = say.area

  type Row = { label: string; cells: ReactNode[] }
  const costRow = (key: (typeof COST_KEYS)[number]): Row => {
    const values = parks.map((p) => p.costs?.[key])
    const min = lowest(values)
    return {
      label: tcost(key),
      cells: values.map((value) =>
        value == null ? null : (
          <>
            {say.cost(key, value)}
            {value === min && <Mark>{t('lowest')}</Mark>}
          </>
        ),
      ),
    }
  }
  const travel = travelRows(
    parks,
    destinations.map((d) => d.value),
  )
  const travelRow = ({ destination, routes, shortest }: (typeof travel)[number]): Row => {
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

  const groups: { title: string; rows: Row[] }[] = [
    {
      title: t('basics'),
      rows: [
        { label: tp('level'), cells: parks.map((p) => p.level && optionLabel(parkLevels, p.level, locale)) },
        { label: tp('county'), cells: parks.map((p) => p.county && optionLabel(counties, p.county, locale)) },
        { label: tp('plannedArea'), cells: parks.map((p) => area(p.plannedArea)) },
        { label: tp('builtArea'), cells: parks.map((p) => area(p.builtArea)) },
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
              {p.contact?.email && <span className="block break-all">{p.contact.email}</span>}
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

  const others = data.parks.filter((p) => !slugs.includes(p.slug))
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        crumbs={[{ href: sectionPath('parks'), label: tp('title') }, { label: t('title') }]}
      />
      <div className="mx-auto max-w-6xl px-4 pb-12">
        {unknown.length > 0 && (
          <p role="status" className="mt-6 rounded-md bg-amber-50 p-3 text-amber-900">
            {t('unknownParks', { list: unknown.join(', ') })}
          </p>
        )}
        {known.length > MAX_PARKS && <p className="mt-6 text-amber-900">{t('tooMany')}</p>}
        {parks.length < 2 && <p className="mt-6 text-slate-700">{t('tooFew')}</p>}

        {parks.length > 0 && (
          <div className="mt-6 overflow-x-auto print:overflow-visible">
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm print:min-w-0">
              <caption className="sr-only">{t('title')}</caption>
              <thead>
                <tr>
                  <td className="sticky left-0 w-28 bg-white sm:w-40" />
                  {parks.map((p) => (
                    <th key={p.id} scope="col" className="border-b-2 border-slate-300 p-3 align-bottom">
                      <Link
                        href={documentPath('parks', p.slug)}
                        className="text-base font-semibold text-slate-900 hover:underline"
                      >
                        {p.name}
                      </Link>
                      <Link
                        href={comparePath(
                          slugs.filter((s) => s !== p.slug),
                          undefined,
                        )}
                        className="mt-1 block text-xs font-normal text-slate-600 underline print:hidden"
                        aria-label={`${t('remove')}: ${p.name}`}
                      >
                        {t('remove')}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              {groups
                .filter((g) => g.rows.some((r) => r.cells.some((c) => c != null && c !== '')))
                .map((group) => (
                  <tbody key={group.title}>
                    {/* A group of one row is headed by that row. */}
                    {(group.rows.length > 1 || group.rows[0]?.label !== group.title) && (
                      <tr>
                        <th
                          colSpan={parks.length + 1}
                          scope="colgroup"
                          className="bg-slate-100 px-3 py-2 text-base font-semibold text-slate-900"
                        >
                          {group.title}
                        </th>
                      </tr>
                    )}
                    {group.rows.map((row) => (
                      <tr key={row.label} className="border-b border-slate-200 align-top">
                        <th
                          scope="row"
                          className="sticky left-0 bg-white p-3 font-medium text-slate-700 shadow-[1px_0_0_#e2e8f0]"
                        >
                          {row.label}
                        </th>
                        {row.cells.map((cell, i) => (
                          <td key={slugs[i]} className="p-3 text-slate-900">
                            {cell ?? t('none')}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                ))}
            </table>
          </div>
        )}

        {parks.length < MAX_PARKS && others.length > 0 && (
          <form
            action={comparePath([], locale)}
            method="get"
            className="mt-8 flex flex-wrap items-end gap-3 print:hidden"
          >
            {slugs.map((slug) => (
              <input key={slug} type="hidden" name="parks" value={slug} />
            ))}
            <LabelledSelect
              id="compare-add"
              name="parks"
              label={t('addPark')}
              empty={t('choose')}
              options={others.map((p) => ({ value: p.slug, label: p.name }))}
              required
            />
            <button
              type="submit"
              className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-medium text-white"
            >
              {t('add')}
            </button>
          </form>
        )}
      </div>
    </>
  )
}

/** A "lowest" / "shortest" mark: in words for everyone, not colour alone. */
function Mark({ children }: { children: ReactNode }) {
  return (
    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900">{children}</span>
  )
}
