import { getTranslations } from 'next-intl/server'
import { CardGrid } from '@/components/Card'
import { CaseCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { optionChoices, originCities } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'
import { type CaseFilters, getCasesPage, getIndustryChoices, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'

export async function CasesList({ locale, filters, page }: { locale: Locale; filters: CaseFilters; page: number }) {
  const [t, cases, industries] = await Promise.all([
    getTranslations('Cases'),
    getCasesPage(locale, filters, page).then(pageInRange),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('cases', locale, cases.docs)
  return (
    <>
      <FilterForm
        locale={locale}
        path={sectionPath('cases')}
        fields={[
          selectFilter('origin', t('origin'), filters.origin, optionChoices(originCities, locale)),
          selectFilter('industry', t('industry'), filters.industry, industries),
        ]}
      />
      <ResultCount list={cases} />
      <CardGrid>
        {cases.docs.map((item) => (
          <CaseCard key={item.id} doc={item} locale={locale} heading="h2" missing={missing(item)} />
        ))}
      </CardGrid>
      <Pager page={cases.page} pages={cases.pages} pathname={sectionPath('cases')} query={filters} />
    </>
  )
}
