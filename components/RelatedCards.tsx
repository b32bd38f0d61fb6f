import type { Case, Park, Policy } from '@/payload-types'

import { Card, CardGrid } from './Card'

/** Cards for documents related to the page's own (a park's policies, an industry's cases …). */
export function ParkCards({ parks }: { parks: Park[] }) {
  return (
    <CardGrid>
      {parks.map((park) => (
        <Card
          key={park.id}
          href={`/parks/${park.slug}`}
          title={park.name}
          summary={park.summary}
          image={park.heroImage}
        />
      ))}
    </CardGrid>
  )
}

export function PolicyCards({ policies }: { policies: Policy[] }) {
  return (
    <CardGrid>
      {policies.map((policy) => (
        <Card
          key={policy.id}
          href={`/policies/${policy.slug}`}
          title={policy.title}
          meta={policy.documentNumber}
          summary={policy.summary}
        />
      ))}
    </CardGrid>
  )
}

export function CaseCards({ cases }: { cases: Case[] }) {
  return (
    <CardGrid>
      {cases.map((item) => (
        <Card key={item.id} href={`/cases/${item.slug}`} title={item.companyName} summary={item.summary} />
      ))}
    </CardGrid>
  )
}
