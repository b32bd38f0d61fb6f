import type { SelectField } from 'payload'

import { text } from '@/i18n/admin'
import { sampleFacts, type SampleFact } from '@/lib/schema/options'

/**
 * Which of a document's facts are samples, not from a source (the demo's park levels and areas,
 * case origins the article does not give). The portal marks each where it shows it — cards, lists,
 * pages, comparisons (lib/portal/samples.ts) — and leaves it out of charts and structured data.
 */
export const sampleFactsField = (facts: readonly SampleFact[]): SelectField => ({
  name: 'sampleFacts',
  type: 'select',
  hasMany: true,
  label: text('fields:sampleFacts'),
  options: sampleFacts.filter((option) => facts.includes(option.value)),
  admin: { position: 'sidebar', description: text('fields:sampleFactsDescription') },
})
