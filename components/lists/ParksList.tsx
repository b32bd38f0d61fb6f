import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { ParkCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { CompareBox, CompareSubmit } from '@/components/investor/CompareControls'
import { ParksMap } from '@/components/investor/ParksMap'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { counties, optionChoices, parkLevels } from '@/lib/schema/options'
import { comparePath, sectionPath } from '@/lib/sections'
import { getIndustryChoices, getParkMarkers, getParks, type ParkFilters, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'

export async function ParksList({ locale, filters, page }: { locale: Locale; filters: ParkFilters; page: number }) {
  const [t, parks, industries, markers] = await Promise.all([
    getTranslations('Parks'),
    getParks(locale, filters, page).then(pageInRange),
    getIndustryChoices(locale),
    getParkMarkers(locale, filters),
  ])
  const missing = await untranslated('parks', locale, parks.docs)
  return (
    <>
      <FilterForm
        locale={locale}
        path={sectionPath('parks')}
        fields={[
          selectFilter('industry', t('industry'), filters.industry, industries),
          selectFilter('county', t('county'), filters.county, optionChoices(counties, locale)),
          selectFilter('level', t('level'), filters.level, optionChoices(parkLevels, locale)),
        ]}
      />
      <ResultCount list={parks} />
      <ParksMap locale={locale} parks={markers} />
      {/* A form around the cards: tick parks and compare them, without JavaScript. */}
      <form action={comparePath([], locale)} method="get">
        <CardGrid>
          {parks.docs.map((park) => (
            <ParkCard
              key={park.id}
              doc={park}
              locale={locale}
              heading="h2"
              missing={missing(park)}
              footer={<CompareBox slug={park.slug} name={park.name} />}
            />
          ))}
        </CardGrid>
        {parks.docs.length > 1 && <CompareSubmit />}
      </form>
      <Pager page={parks.page} pages={parks.pages} pathname={sectionPath('parks')} query={filters} />
    </>
  )
}
