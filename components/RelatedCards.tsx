import type { Locale } from '@/i18n/locales'
import type { CaseCardDoc, ParkCardDoc, PolicyCardDoc } from '@/lib/portal/cardFields'

import { CardGrid } from './Card'
import { CaseCard, ParkCard, PolicyCard } from './cards'

/** Cards for documents related to the page's own (a park's policies, an industry's cases …). */
export function ParkCards({ parks, locale }: { parks: ParkCardDoc[]; locale: Locale }) {
  return (
    <CardGrid>
      {parks.map((park) => (
        <ParkCard key={park.id} doc={park} locale={locale} />
      ))}
    </CardGrid>
  )
}

export function PolicyCards({ policies, locale }: { policies: PolicyCardDoc[]; locale: Locale }) {
  return (
    <CardGrid>
      {policies.map((policy) => (
        <PolicyCard key={policy.id} doc={policy} locale={locale} />
      ))}
    </CardGrid>
  )
}

export function CaseCards({ cases, locale }: { cases: CaseCardDoc[]; locale: Locale }) {
  return (
    <CardGrid>
      {cases.map((item) => (
        <CaseCard key={item.id} doc={item} locale={locale} />
      ))}
    </CardGrid>
  )
}
