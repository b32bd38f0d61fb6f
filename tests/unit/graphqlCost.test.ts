import { describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS, graphqlRefusal } from '@/lib/server/graphqlCost'

import { nestedFragments } from '../system/hostile/generate.mjs'

describe('the cost of a GraphQL document, fragments expanded', () => {
  it('counts each fragment once however often it is spread (linear in the document)', () => {
    const started = performance.now()
    const refusal = graphqlRefusal(nestedFragments(40, 5))
    expect(refusal).toMatchObject({ reason: 'tooLarge' })
    // 5^40 fields once expanded: counted without expanding them (a count, not a timing bound).
    expect(refusal && 'fields' in refusal ? refusal.fields : 0).toBeGreaterThan(GRAPHQL_LIMITS.fields)
    expect(performance.now() - started).toBeGreaterThanOrEqual(0)
  })

  it('parses rather than pattern-matches: cycles behind comments, strings and commas', () => {
    for (const hide of ['#}\n', ',', '# {\n', '\t,\n', '#"}"\n']) {
      const query = `{ a { ...A } } fragment ${hide}A on T { ...B ${hide} } fragment B on T { ${hide} ...A }`
      expect(graphqlRefusal(query), JSON.stringify(hide)).toEqual({ reason: 'cycle' })
    }
    // A string where a selection belongs is no hiding place either: the document does not parse.
    expect(graphqlRefusal('{ a { ...A } } fragment A on T { ...B "}" } fragment B on T { ...A }')).toMatchObject({
      reason: 'syntax',
    })
    expect(graphqlRefusal('{ a { ...Missing } }')).toEqual({ reason: 'unknownFragment' })
    expect(graphqlRefusal('subscription { a }')).toEqual({ reason: 'subscription' })
    expect(graphqlRefusal('{ a')).toMatchObject({ reason: 'syntax' })
    expect(graphqlRefusal('{ a '.repeat(5000))).toMatchObject({ reason: 'syntax' })
  })

  it('checks limit and page in the text and in variables', () => {
    expect(graphqlRefusal('{ Parks(limit: -1) { totalDocs } }')).toMatchObject({ reason: 'badPaging', name: 'limit' })
    expect(graphqlRefusal('{ Parks(limit: 0) { totalDocs } }')).toMatchObject({ reason: 'badPaging' })
    expect(graphqlRefusal('{ Parks(page: 0) { totalDocs } }')).toMatchObject({ reason: 'badPaging', name: 'page' })
    expect(graphqlRefusal('query ($l: Int) { Parks(limit: $l) { totalDocs } }', { l: 1000 })).toMatchObject({
      reason: 'badPaging',
    })
    expect(graphqlRefusal('query ($l: Int) { Parks(limit: $l) { totalDocs } }', { l: 10 })).toBeUndefined()
    expect(graphqlRefusal('{ Parks(limit: 100, page: 3) { docs { name } } }')).toBeUndefined()
  })
})
