import { getTranslations } from 'next-intl/server'
import type { Where } from 'payload'

import { CardGrid } from '@/components/Card'
import { CaseCard } from '@/components/cards'
import { FilterForm } from '@/components/FilterForm'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { optionChoices, originCities } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'
import { getCases, getIndustryChoices, untranslated } from '@/lib/portal/data'

export async function CasesList({
  locale,
  filters,
}: {
  locale: Locale
  filters: { origin?: string; industry?: string }
}) {
  const and: Where[] = []
  if (filters.origin) and.push({ originCity: { equals: filters.origin } })
  if (filters.industry) and.push({ 'industry.slug': { equals: filters.industry } })
  const [t, cases, industries] = await Promise.all([
    getTranslations('Cases'),
    getCases(locale, and.length ? { and } : undefined),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('cases', locale, cases)
  return (
    <>
      <FilterForm
        locale={locale}
        path={sectionPath('cases')}
        fields={[
          {
            kind: 'select',
            name: 'origin',
            label: t('origin'),
            value: filters.origin,
            options: optionChoices(originCities, locale),
          },
          {
            kind: 'select',
            name: 'industry',
            label: t('industry'),
            value: filters.industry,
            options: industries,
          },
        ]}
      />
      <ResultCount count={cases.length} />
      <CardGrid>
        {cases.map((item) => (
          <CaseCard key={item.id} doc={item} locale={locale} heading="h2" missing={missing(item)} />
        ))}
      </CardGrid>
    </>
  )
}
