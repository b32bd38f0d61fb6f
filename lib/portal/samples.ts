import 'server-only'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import type { SampleFact } from '@/lib/schema/options'

type WithSamples = { sampleFacts?: readonly string[] | null }

/** Whether staff marked this fact of the document as a sample (fields/sampleFacts.ts). */
export const isSample = (doc: WithSamples, fact: SampleFact) => Boolean(doc.sampleFacts?.includes(fact))

/**
 * A fact as the portal shows it: marked "（示例）" / "(sample)" when it is a sample, as text, so the
 * mark goes wherever the value goes (a card's line, a table cell, a screen reader). Charts and
 * structured data leave samples out instead (components/HomeCharts.tsx, the detail pages' JSON-LD).
 */
export function shownFact<T extends string | null | undefined | false>(
  doc: WithSamples,
  fact: SampleFact,
  value: T,
  locale: Locale,
): T | string {
  if (!value || !isSample(doc, fact)) return value
  return messages[locale].Common.sampleValue.replace('{value}', value)
}
