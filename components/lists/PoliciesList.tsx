import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/Card'
import { ChineseOnly } from '@/components/ChineseOnly'
import { FilterForm } from '@/components/FilterForm'
import { ResultCount } from '@/components/ResultCount'
import { ValidityBadge } from '@/components/ValidityBadge'
import type { Locale } from '@/i18n/locales'
import { optionChoices, optionLabel, policyCategories } from '@/lib/options'
import { getIndustryChoices, getPolicies, type PolicyFilters, untranslated } from '@/lib/portal'

export async function PoliciesList({ locale, filters }: { locale: Locale; filters: PolicyFilters }) {
  const [t, policies, industries] = await Promise.all([
    getTranslations('Policies'),
    getPolicies(locale, filters),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('policies', locale, policies, ['title', 'summary'])
  return (
    <>
      <FilterForm
        locale={locale}
        path="/policies"
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
            name: 'industry',
            label: t('industry'),
            value: filters.industry,
            options: industries,
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
      <ResultCount count={policies.length} />
      <CardGrid>
        {policies.map((policy) => (
          <Card
            heading="h2"
            key={policy.id}
            href={`/policies/${policy.slug}`}
            title={
              <ChineseOnly active={missing(policy).has('title')} as="span">
                {policy.title}
              </ChineseOnly>
            }
            badge={<ValidityBadge validity={policy.validity} />}
            meta={[
              policy.documentNumber,
              policy.issuer,
              policy.category && optionLabel(policyCategories, policy.category, locale),
            ]
              .filter(Boolean)
              .join(' · ')}
            summary={
              policy.summary && <ChineseOnly active={missing(policy).has('summary')}>{policy.summary}</ChineseOnly>
            }
          />
        ))}
      </CardGrid>
    </>
  )
}
