import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { PolicyCard } from '@/components/cards'
import { FilterForm } from '@/components/FilterForm'
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
          {
            kind: 'select',
            name: 'category',
            label: t('category'),
            value: filters.category,
            options: optionChoices(policyCategories, locale),
          },
          {
            kind: 'select',
            name: 'benefit',
            label: t('benefit'),
            value: filters.benefit,
            options: optionChoices(benefitTypes, locale),
          },
          {
            kind: 'select',
            name: 'industry',
            label: t('industry'),
            value: filters.industry,
            options: industries,
          },
          {
            kind: 'select',
            name: 'origin',
            label: t('firmOrigin'),
            value: filters.origin,
            options: optionChoices(firmOrigins, locale).filter((o) => o.value !== 'any'),
          },
          {
            kind: 'select',
            name: 'size',
            label: t('size'),
            value: filters.size,
            options: optionChoices(firmSizes, locale),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('status'),
            value: filters.status,
            options: [
              { value: 'in_force', label: t('in_force') },
              { value: 'expired', label: t('expired') },
            ],
          },
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
