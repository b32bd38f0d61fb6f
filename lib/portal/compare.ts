/**
 * The park comparison's rows as data (app/(frontend)/[locale]/parks/compare/page.tsx renders them):
 * which parks were asked for, and per row the values and which of them is the best. Pure: no
 * database, no language.
 */
import { appliesIn, citywide, type FinderIncentive, notExpired } from './finder'

export { askedSlugs } from './toolQueries'

/** How many parks fit side by side. */
export const MAX_PARKS = 4

/** The lowest of the numbers in a row, when at least two parks have one and they differ (a mark means something then). */
export function lowest(values: (number | null | undefined)[]): number | undefined {
  const numbers = values.filter((v): v is number => typeof v === 'number')
  if (numbers.length < 2 || new Set(numbers).size < 2) return undefined
  return Math.min(...numbers)
}

/** The asked slugs split into known parks (in the order asked) and unknown ones. */
export function splitAsked(asked: string[], parkSlugs: string[]) {
  const known = asked.filter((slug) => parkSlugs.includes(slug))
  return { known, unknown: asked.filter((slug) => !known.includes(slug)), shown: known.slice(0, MAX_PARKS) }
}

type Route = { destination?: string | null; minutes?: number | null }

/**
 * One row per destination that at least one of the parks reaches, in the order of `destinations`:
 * each park's route there (or none) and the shortest time, when it means something.
 */
export function travelRows<P extends { logistics?: Route[] | null }>(parks: P[], destinations: string[]) {
  type Of = NonNullable<P['logistics']>[number]
  return destinations
    .filter((d) => parks.some((p) => (p.logistics ?? []).some((r) => r.destination === d)))
    .map((destination) => {
      const routes = parks.map((p) => (p.logistics ?? []).find((r) => r.destination === destination) as Of | undefined)
      return { destination, routes, shortest: lowest(routes.map((r) => r?.minutes)) }
    })
}

/** Each park's incentives in force that name it or its county, and how many apply citywide. */
export function incentivesFor<I extends FinderIncentive>(
  parks: { slug: string; county?: string | null }[],
  incentives: I[],
  now: Date,
) {
  const inForce = incentives.filter((i) => notExpired(i, now))
  return {
    perPark: parks.map((p) => inForce.filter((i) => appliesIn(i, { slug: p.slug, county: p.county }))),
    citywide: inForce.filter(citywide).length,
  }
}
