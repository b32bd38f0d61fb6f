import { getTranslations } from 'next-intl/server'
import type { Where } from 'payload'

import { Card, CardGrid } from '@/components/Card'
import { ChineseOnly } from '@/components/ChineseOnly'
import { FilterForm } from '@/components/FilterForm'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { formatFigure } from '@/lib/format'
import { optionChoices, optionLabel, originCities } from '@/lib/options'
import { getCases, getIndustryChoices, untranslated } from '@/lib/portal'

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
  const missing = await untranslated('cases', locale, cases, ['companyName', 'summary'])
  return (
    <>
      <FilterForm
        locale={locale}
        path="/cases"
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
          <Card
            heading="h2"
            key={item.id}
            href={`/cases/${item.slug}`}
            title={
              <ChineseOnly active={missing(item).has('companyName')} as="span">
                {item.companyName}
              </ChineseOnly>
            }
            image={item.logo}
            meta={[
              item.originCity && `${t('origin')}: ${optionLabel(originCities, item.originCity, locale)}`,
              typeof item.industry === 'object' && item.industry?.name,
              item.investmentAmount != null && formatFigure(item.investmentAmount, 'yuan', null, locale),
              item.investmentYear,
            ]
              .filter(Boolean)
              .join(' · ')}
            summary={item.summary && <ChineseOnly active={missing(item).has('summary')}>{item.summary}</ChineseOnly>}
          />
        ))}
      </CardGrid>
    </>
  )
}
