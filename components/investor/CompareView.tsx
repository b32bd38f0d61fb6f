import { getTranslations } from 'next-intl/server'

import { CompareTable } from '@/components/investor/CompareTable'
import { CostEstimate } from '@/components/investor/CostEstimate'
import { compareGroups } from '@/components/investor/compareRows'
import { LabelledSelect } from '@/components/LabelledSelect'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { getFinderData, getIndustryChoices, getParksBySlug } from '@/lib/portal/data'
import { readEstimate } from '@/lib/portal/estimate'
import { askedSlugs, compareQuery } from '@/lib/portal/toolQueries'
import { MAX_PARKS, splitAsked } from '@/lib/portal/compare'
import { comparePath, sectionPath } from '@/lib/sections'

/**
 * Two to four parks side by side: the slugs of `query` in the order asked (lib/portal/compare.ts), over
 * reads cached until content changes. A table: each park a column, each fact a row headed by its
 * name, so a screen reader announces both; on a phone the table scrolls sideways inside the page.
 * Below it, the cost estimate for the firm's own figures in `query` (./CostEstimate.tsx).
 */
export async function CompareView({ locale, query }: { locale: Locale; query: URLSearchParams }) {
  const asked = askedSlugs(query.getAll('parks'))
  const [t, tp, tcost, data, industries] = await Promise.all([
    getTranslations('Compare'),
    getTranslations('Parks'),
    getTranslations('Costs'),
    getFinderData(locale),
    getIndustryChoices(locale),
  ])
  const { known, unknown, shown } = splitAsked(
    asked,
    data.parks.map((p) => p.slug),
  )
  const parks = await getParksBySlug(locale, shown)
  const slugs = parks.map((p) => p.slug)
  const groups = compareGroups(locale, parks, data.incentives, { t, tp, tcost })

  const others = data.parks.filter((p) => !slugs.includes(p.slug))
  // A cost estimate asked for (its figures and the firm's answers), kept when parks are added or removed.
  const carried = new URLSearchParams(compareQuery(query))
  carried.delete('parks')
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
        {parks.length < 2 && !readEstimate(query).asked && <p className="mt-6 text-slate-700">{t('tooFew')}</p>}

        {parks.length > 0 && <CompareTable parks={parks} groups={groups} carry={carried.toString()} />}

        {parks.length < MAX_PARKS && others.length > 0 && (
          <form
            action={comparePath([], locale)}
            method="get"
            className="mt-8 flex flex-wrap items-end gap-3 print:hidden"
          >
            {slugs.map((slug) => (
              <input key={slug} type="hidden" name="parks" value={slug} />
            ))}
            {/* The estimate asked for, if any, carried over to the next comparison. */}
            {[...carried].map(([key, value]) => (
              <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
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

        {parks.length > 0 && (
          <CostEstimate
            locale={locale}
            parks={parks}
            query={query}
            incentives={data.incentives}
            industries={industries}
          />
        )}
      </div>
    </>
  )
}
