/**
 * The policy finder's answers as its URL carries them (/{locale}/finder?industry=…&need=…): read,
 * cleaned of values the portal does not know, and written back in one canonical order (the
 * shareable URL and the cache key). Pure; the matching is in ./finder.ts.
 */

export type FinderAnswers = {
  /** An industry's slug. */
  industry?: string
  /** firmSizes: micro, small, medium, large. */
  size?: string
  /** originCities: where the firm comes from. */
  origin?: string
  /** investmentRanges: the planned investment. */
  investment?: string
  /** projectTypes: new, relocating, expansion. */
  project?: string
  /** benefitTypes the investor is after (none: any). */
  needs: string[]
}

/** The answers in a finder URL (`?industry=electronics&need=land&need=rent`); unknown values are dropped by the caller. */
export function readAnswers(params: URLSearchParams): FinderAnswers {
  const one = (key: string) => params.get(key)?.trim().slice(0, 100) || undefined
  return {
    industry: one('industry'),
    size: one('size'),
    origin: one('origin'),
    investment: one('investment') === 'undecided' ? undefined : one('investment'),
    project: one('project'),
    needs: [...new Set(params.getAll('need').map((need) => need.trim()))].filter(Boolean).slice(0, 20),
  }
}

/** The answers without values that are not among the `known` choices (a hand-edited or stale URL). */
export function keepKnown(answers: FinderAnswers, known: Record<keyof FinderAnswers, string[]>): FinderAnswers {
  const one = (key: Exclude<keyof FinderAnswers, 'needs'>) =>
    answers[key] && known[key].includes(answers[key]) ? answers[key] : undefined
  return {
    industry: one('industry'),
    size: one('size'),
    origin: one('origin'),
    investment: one('investment'),
    project: one('project'),
    needs: answers.needs.filter((need) => known.needs.includes(need)),
  }
}

/** The answers as a canonical query string (the finder's shareable URL and its cache key). */
export function answersQuery(answers: FinderAnswers): string {
  const out = new URLSearchParams()
  for (const key of ['industry', 'size', 'origin', 'investment', 'project'] as const) {
    if (answers[key]) out.set(key, answers[key])
  }
  for (const need of [...answers.needs].sort()) out.append('need', need)
  return out.toString()
}

export const hasAnswers = (answers: FinderAnswers) => answersQuery(answers) !== ''
