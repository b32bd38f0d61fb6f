import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { PolicyCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { FinderLink } from '@/components/investor/FinderLink'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { benefitTypes, firmOrigins, firmSizes, optionChoices, policyCategories } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'
import { getIndustryChoices, getPolicies, type PolicyFilters, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'

export async function PoliciesList({
  locale,
  filters,
  page,
}: {
  locale: Locale
  filters: PolicyFilters
  page: number
}) {
  const [t, policies, industries] = await Promise.all([
    getTranslations('Policies'),
    getPolicies(locale, filters, page).then(pageInRange),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('policies', locale, policies.docs)
  return (
    <>
      <FinderLink className="mt-6" />
      <FilterForm
        locale={locale}
        path={sectionPath('policies')}
        fields={[
          { kind: 'search', name: 'q', label: t('search'), value: filters.q, hint: t('searchHint') },
          selectFilter('category', t('category'), filters.category, optionChoices(policyCategories, locale)),
          selectFilter('benefit', t('benefit'), filters.benefit, optionChoices(benefitTypes, locale)),
          selectFilter('industry', t('industry'), filters.industry, industries),
          selectFilter(
            'origin',
            t('firmOrigin'),
            filters.origin,
            optionChoices(firmOrigins, locale).filter((o) => o.value !== 'any'),
          ),
          selectFilter('size', t('size'), filters.size, optionChoices(firmSizes, locale)),
          selectFilter('status', t('status'), filters.status, [
            { value: 'in_force', label: t('in_force') },
            { value: 'expired', label: t('expired') },
          ]),
        ]}
      />
      <ResultCount list={policies} />
      <CardGrid>
        {policies.docs.map((policy) => (
          <PolicyCard key={policy.id} doc={policy} locale={locale} heading="h2" missing={missing(policy)} />
        ))}
      </CardGrid>
      <Pager page={policies.page} pages={policies.pages} pathname={sectionPath('policies')} query={filters} />
    </>
  )
}
