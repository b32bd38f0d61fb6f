import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/Card'
import { ChineseOnly } from '@/components/ChineseOnly'
import { FilterForm } from '@/components/FilterForm'
import { ResultCount } from '@/components/ResultCount'
import { areaUnitLabel } from '@/fields/area'
import type { Locale } from '@/i18n/locales'
import { formatFigure } from '@/lib/format'
import { counties, optionChoices, optionLabel, parkLevels } from '@/lib/options'
import { getIndustryChoices, getParks, type ParkFilters, untranslated } from '@/lib/portal'

export async function ParksList({ locale, filters }: { locale: Locale; filters: ParkFilters }) {
  const [t, parks, industries] = await Promise.all([
    getTranslations('Parks'),
    getParks(locale, filters),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('parks', locale, parks, ['name', 'summary'])
  return (
    <>
      <FilterForm
        locale={locale}
        path="/parks"
        fields={[
          {
            kind: 'select',
            name: 'industry',
            label: t('industry'),
            value: filters.industry,
            options: industries,
          },
          {
            kind: 'select',
            name: 'county',
            label: t('county'),
            value: filters.county,
            options: optionChoices(counties, locale),
          },
          {
            kind: 'select',
            name: 'level',
            label: t('level'),
            value: filters.level,
            options: optionChoices(parkLevels, locale),
          },
        ]}
      />
      <ResultCount count={parks.length} />
      <CardGrid>
        {parks.map((park) => {
          const area =
            park.plannedArea?.value != null ? park.plannedArea : park.builtArea?.value != null ? park.builtArea : null
          return (
            <Card
              heading="h2"
              key={park.id}
              href={`/parks/${park.slug}`}
              title={
                <ChineseOnly active={missing(park).has('name')} as="span">
                  {park.name}
                </ChineseOnly>
              }
              image={park.heroImage}
              meta={[
                park.county && optionLabel(counties, park.county, locale),
                park.level && optionLabel(parkLevels, park.level, locale),
                area && formatFigure(area.value!, 'number', areaUnitLabel(area.unit, locale), locale),
              ]
                .filter(Boolean)
                .join(' · ')}
              summary={park.summary && <ChineseOnly active={missing(park).has('summary')}>{park.summary}</ChineseOnly>}
            />
          )
        })}
      </CardGrid>
    </>
  )
}
