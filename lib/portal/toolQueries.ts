/**
 * The investor tools' queries in one canonical form each, the cache key of their pages: proxy.ts
 * rewrites /{locale}/finder?… and /{locale}/parks/compare?parks=… to a route holding it as its last
 * path segment. Pure and without imports of the portal's data or texts (the proxy loads it).
 */
import { estimateQuery } from './estimate'
import { answersQuery, readAnswers } from './finderAnswers'

/** `?parks=a,b&parks=c` → [a, b, c], trimmed, without repeats, at most 20 of at most 200 characters. */
export function askedSlugs(value: string | string[] | undefined): string[] {
  const all = (Array.isArray(value) ? value : [value ?? ''])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().slice(0, 200))
  return [...new Set(all.filter(Boolean))].slice(0, 20)
}

/** The finder's answers in their canonical order (values are checked against the data when read). */
export const finderQuery = (params: URLSearchParams) => answersQuery(readAnswers(params))

/**
 * The parks asked for, in the order asked: `parks=a%2Cb` ("" when none); with a cost estimate, the
 * firm's figures as typed (./estimate.ts) and its answers about itself (the finder's, for the
 * incentives that fit it): `parks=a%2Cb&land=20&years=3&industry=electronics`.
 */
export function compareQuery(params: URLSearchParams): string {
  const slugs = askedSlugs(params.getAll('parks'))
  if (!slugs.length) return ''
  const estimate = estimateQuery(params)
  return [new URLSearchParams({ parks: slugs.join(',') }).toString(), estimate, estimate && finderQuery(params)]
    .filter(Boolean)
    .join('&')
}

/** The query keys each tool reads (proxy.ts runs only when one of them is in the URL). */
export const FINDER_KEYS = ['industry', 'size', 'origin', 'investment', 'project', 'need'] as const
// An estimate's figures count only with parks to price them: `parks` alone brings the proxy in.
export const COMPARE_KEYS = ['parks'] as const
