/**
 * The policy finder's matching (/{locale}/finder): an investor's answers against the incentives'
 * conditions and the parks' facts. Pure: no Payload, no React, no clock (the caller passes `now`),
 * so it is unit-tested case by case (tests/unit/finder.test.ts). Its URL: ./finderAnswers.ts.
 *
 * Every question is optional. An answered question that an incentive's condition rules out drops
 * the incentive; one that meets the condition becomes a reason ("why it matches"); a condition the
 * answers cannot decide (an unanswered question, a range that straddles a threshold, jobs, revenue,
 * the place) becomes something the investor still has to check.
 */
import { type Locale, LOCALE_INFO } from '@/i18n/locales'
import { investmentRanges } from '@/lib/schema/options'

import type { FinderAnswers } from './finderAnswers'

/** What the finder needs to know of an incentive (a policy with structured benefits). */
export type FinderIncentive = {
  slug: string
  title: string
  industries: string[]
  /** firmOrigins values; empty or "any": no condition. */
  firmOrigin: string[]
  minimumInvestment?: number | null
  firmSizes: string[]
  projectTypes: string[]
  minimumJobs?: number | null
  minimumRevenue?: number | null
  parks: string[]
  counties: string[]
  benefitTypes: string[]
  effectiveDate?: string | null
  expiryDate?: string | null
}

/** What the finder needs to know of a park. */
export type FinderPark = {
  slug: string
  name: string
  county?: string | null
  industries: string[]
  /** Kinds of sites available now or being built (siteKinds: land, factory). */
  siteKinds: string[]
}

/** A condition an answer met: `answer` is the investor's value that met it. */
export type Reason =
  | { kind: 'industry'; answer: string }
  | { kind: 'size'; answer: string }
  | { kind: 'origin'; answer: string }
  | { kind: 'investment'; answer: string; minimum: number }
  | { kind: 'project'; answer: string }
  | { kind: 'need'; answer: string }
  | { kind: 'site'; answer: string }

/** A condition the answers do not settle. */
export type Check =
  | { kind: 'industry'; required: string[] }
  | { kind: 'size'; required: string[] }
  | { kind: 'origin'; required: string[] }
  | { kind: 'investment'; minimum: number }
  | { kind: 'project'; required: string[] }
  | { kind: 'jobs'; minimum: number }
  | { kind: 'revenue'; minimum: number }
  | { kind: 'place'; parks: string[]; counties: string[] }
  | { kind: 'notYet'; date: string }

export type IncentiveMatch<I extends FinderIncentive = FinderIncentive> = {
  incentive: I
  reasons: Reason[]
  checks: Check[]
}
export type ParkMatch<P extends FinderPark = FinderPark> = { park: P; reasons: Reason[]; incentives: string[] }
export type FinderResult<I extends FinderIncentive = FinderIncentive, P extends FinderPark = FinderPark> = {
  incentives: IncentiveMatch<I>[]
  parks: ParkMatch<P>[]
}

/** Origin groups of `firmOrigins` → the origin cities they take in. */
const GUANGDONG = [
  'shenzhen',
  'guangzhou',
  'dongguan',
  'foshan',
  'zhuhai',
  'huizhou',
  'zhongshan',
  'jiangmen',
  'zhaoqing',
]
const ORIGIN_GROUPS: Record<string, string[]> = {
  shenzhen: ['shenzhen'],
  guangdong: [...GUANGDONG, 'other-guangdong'],
  gba: [...GUANGDONG, 'hong-kong', 'macao'],
  'hong-kong-macao': ['hong-kong', 'macao'],
}

/** The origin cities a policy's `firmOrigin` admits, or undefined when it admits anyone. */
export function admittedOrigins(firmOrigin: string[]): string[] | undefined {
  if (firmOrigin.length === 0 || firmOrigin.includes('any')) return undefined
  return [...new Set(firmOrigin.flatMap((group) => ORIGIN_GROUPS[group] ?? []))]
}

/** An investment range's bounds in yuan: [lowest, highest) (highest Infinity when open). */
export function investmentBounds(range: string): [number, number] | undefined {
  const bounds: Record<string, [number, number]> = {
    'under-10m': [0, 10_000_000],
    '10m-50m': [10_000_000, 50_000_000],
    '50m-100m': [50_000_000, 100_000_000],
    '100m-500m': [100_000_000, 500_000_000],
    '500m-1b': [500_000_000, 1_000_000_000],
    'over-1b': [1_000_000_000, Infinity],
  }
  return investmentRanges.some((o) => o.value === range) ? bounds[range] : undefined
}

type Verdict = { reason?: Reason; check?: Check; fails?: true }

/** One list condition ("only these values") against one answer. */
function listCondition<K extends 'industry' | 'size' | 'project'>(
  kind: K,
  required: string[],
  answer: string | undefined,
): Verdict {
  if (required.length === 0) return {}
  if (answer === undefined) return { check: { kind, required } as Check }
  return required.includes(answer) ? { reason: { kind, answer } as Reason } : { fails: true }
}

function originCondition(firmOrigin: string[], answer: string | undefined): Verdict {
  const admitted = admittedOrigins(firmOrigin)
  if (!admitted) return {}
  if (answer === undefined) return { check: { kind: 'origin', required: firmOrigin } }
  return admitted.includes(answer) ? { reason: { kind: 'origin', answer } } : { fails: true }
}

function investmentCondition(minimum: number | null | undefined, answer: string | undefined): Verdict {
  if (!minimum) return {}
  const bounds = answer ? investmentBounds(answer) : undefined
  if (!answer || !bounds) return { check: { kind: 'investment', minimum } }
  if (bounds[0] >= minimum) return { reason: { kind: 'investment', answer, minimum } }
  if (bounds[1] <= minimum) return { fails: true }
  return { check: { kind: 'investment', minimum } }
}

function needsCondition(offered: string[], needs: string[]): Verdict & { reasons?: Reason[] } {
  if (needs.length === 0) return {}
  const met = needs.filter((need) => offered.includes(need))
  return met.length ? { reasons: met.map((answer) => ({ kind: 'need', answer })) } : { fails: true }
}

/** Whether and why one incentive fits the answers (undefined: ruled out). */
export function matchIncentive<I extends FinderIncentive>(
  incentive: I,
  answers: FinderAnswers,
  now: Date,
): IncentiveMatch<I> | undefined {
  if (!notExpired(incentive, now)) return undefined
  const verdicts: (Verdict & { reasons?: Reason[] })[] = [
    listCondition('industry', incentive.industries, answers.industry),
    listCondition('size', incentive.firmSizes, answers.size),
    originCondition(incentive.firmOrigin, answers.origin),
    investmentCondition(incentive.minimumInvestment, answers.investment),
    listCondition('project', incentive.projectTypes, answers.project),
    needsCondition(incentive.benefitTypes, answers.needs),
  ]
  if (verdicts.some((v) => v.fails)) return undefined
  const reasons = verdicts.flatMap((v) => v.reasons ?? (v.reason ? [v.reason] : []))
  const checks = verdicts.flatMap((v) => (v.check ? [v.check] : []))
  if (incentive.minimumJobs) checks.push({ kind: 'jobs', minimum: incentive.minimumJobs })
  if (incentive.minimumRevenue) checks.push({ kind: 'revenue', minimum: incentive.minimumRevenue })
  if (incentive.parks.length || incentive.counties.length) {
    checks.push({ kind: 'place', parks: incentive.parks, counties: incentive.counties })
  }
  if (incentive.effectiveDate && new Date(incentive.effectiveDate) > now) {
    checks.push({ kind: 'notYet', date: incentive.effectiveDate })
  }
  return { incentive, reasons, checks }
}

/** Whether an incentive has not expired by `now` (one that has not started yet still counts: it is listed with a check). */
export const notExpired = (incentive: Pick<FinderIncentive, 'expiryDate'>, now: Date) =>
  !incentive.expiryDate || new Date(incentive.expiryDate) >= now

/** Whether an incentive is limited to places, and this park is one of them. */
export const appliesIn = (incentive: FinderIncentive, park: Pick<FinderPark, 'slug' | 'county'>) =>
  incentive.parks.includes(park.slug) || (!!park.county && incentive.counties.includes(park.county))

/** Whether an incentive applies anywhere in the city (no park or county named). */
export const citywide = (incentive: FinderIncentive) => incentive.parks.length === 0 && incentive.counties.length === 0

/** What a park offers of the needs that a site answers (land → plots, rent → factories). */
const SITE_NEEDS: Record<string, string> = { land: 'land', rent: 'factory' }

function matchPark<P extends FinderPark>(
  park: P,
  answers: FinderAnswers,
  matched: IncentiveMatch[],
): ParkMatch<P> | undefined {
  const reasons: Reason[] = []
  if (answers.industry) {
    if (!park.industries.includes(answers.industry)) return undefined
    reasons.push({ kind: 'industry', answer: answers.industry })
  }
  for (const need of answers.needs) {
    const kind = SITE_NEEDS[need]
    if (kind && park.siteKinds.includes(kind)) reasons.push({ kind: 'site', answer: kind })
  }
  const incentives = matched.filter((m) => appliesIn(m.incentive, park)).map((m) => m.incentive.slug)
  return { park, reasons, incentives }
}

/**
 * The incentives that fit the answers, best first (most conditions met, then fewest left to check,
 * then by title), and the parks for them: parks of the investor's industry (all parks when it is not
 * given), each with the matching incentives limited to it and the sites that answer the needs.
 */
export function matchFinder<I extends FinderIncentive, P extends FinderPark>(
  answers: FinderAnswers,
  data: { incentives: I[]; parks: P[] },
  { locale, now }: { locale: Locale; now: Date },
): FinderResult<I, P> {
  const collator = new Intl.Collator(LOCALE_INFO[locale].collation)
  const incentives = data.incentives
    .map((incentive) => matchIncentive(incentive, answers, now))
    .filter((m): m is IncentiveMatch<I> => m !== undefined)
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        a.checks.length - b.checks.length ||
        collator.compare(a.incentive.title, b.incentive.title),
    )
  const parks = data.parks
    .map((park) => matchPark(park, answers, incentives))
    .filter((m): m is ParkMatch<P> => m !== undefined)
    .sort(
      (a, b) =>
        b.reasons.length + b.incentives.length - (a.reasons.length + a.incentives.length) ||
        collator.compare(a.park.name, b.park.name),
    )
  return { incentives, parks }
}
