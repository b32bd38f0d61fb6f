import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  OperationTypeNode,
  parse,
  type SelectionSetNode,
  visit,
} from 'graphql'

/**
 * What a GraphQL document costs once its fragments are expanded, decided on the parsed document
 * (the `graphql` package's own parser), before Payload validates or runs it. Validation itself is
 * the expensive part for a hostile document: thirteen fragments that each spread the next four
 * times are 600 bytes of text and 4¹³ fields to compare, so the text's size says nothing. Here each
 * fragment's expanded size is computed once (memoised), so the check is linear in the document.
 */
export const GRAPHQL_LIMITS = {
  /** Lexical tokens the parser reads before giving up (a 1 MB body of `{a{a{a…` stops early). */
  tokens: 4000,
  /** Fields after every fragment is expanded, aliases included. */
  fields: 400,
  /** Nesting of selections after expansion. */
  depth: 10,
  /** Aliased fields after expansion: each runs its resolver again. */
  aliases: 30,
  /** Operations in one document. */
  operations: 5,
  /** Documents one list may ask for (`limit`), and the last page (`page`). */
  limit: 100,
  page: 100_000,
} as const

export type GraphqlRefusal =
  | { reason: 'syntax'; detail: string }
  | { reason: 'subscription' }
  | { reason: 'cycle' }
  | { reason: 'unknownFragment' }
  | { reason: 'tooManyOperations' }
  | { reason: 'tooLarge'; fields: number; depth: number; aliases: number }
  | { reason: 'badPaging'; name: string; min: number; max: number }

type Cost = { fields: number; depth: number; aliases: number }

// Counts beyond this are all "too large": capping keeps the sums exact enough and finite.
const CAP = 1_000_000
const add = (a: Cost, b: Cost): Cost => ({
  fields: Math.min(CAP, a.fields + b.fields),
  depth: Math.max(a.depth, b.depth),
  aliases: Math.min(CAP, a.aliases + b.aliases),
})

class Stop extends Error {
  constructor(readonly refusal: GraphqlRefusal) {
    super(refusal.reason)
  }
}

function costOf(document: DocumentNode): Cost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) {
      fragments.set(definition.name.value, definition)
    }
  }
  const known = new Map<string, Cost>()
  const expanding = new Set<string>()

  const fragmentCost = (name: string): Cost => {
    const done = known.get(name)
    if (done) return done
    if (expanding.has(name)) throw new Stop({ reason: 'cycle' })
    const fragment = fragments.get(name)
    if (!fragment) throw new Stop({ reason: 'unknownFragment' })
    expanding.add(name)
    const cost = selectionCost(fragment.selectionSet)
    expanding.delete(name)
    known.set(name, cost)
    return cost
  }

  // Depth is counted relative to the selection set: a field adds one level to what it selects.
  const selectionCost = (set: SelectionSetNode): Cost => {
    let total: Cost = { fields: 0, depth: 0, aliases: 0 }
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet
          ? selectionCost(selection.selectionSet)
          : { fields: 0, depth: 0, aliases: 0 }
        total = add(total, {
          fields: inner.fields + 1,
          depth: inner.depth + 1,
          aliases: inner.aliases + (selection.alias ? 1 : 0),
        })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total = add(total, selectionCost(selection.selectionSet))
      } else {
        total = add(total, fragmentCost(selection.name.value))
      }
    }
    return total
  }

  // Every fragment is costed (also one no operation uses: validation walks it all the same).
  let total: Cost = { fields: 0, depth: 0, aliases: 0 }
  for (const name of fragments.keys()) total = add(total, fragmentCost(name))
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total = add(total, selectionCost(definition.selectionSet))
  }
  return total
}

/**
 * `limit` and `page` written in the document: whole numbers in range (Payload answers `limit: -1`
 * with an internal error, and `limit: 0` would return every document), also when passed in variables.
 */
function badPaging(document: DocumentNode, variables: Record<string, unknown>): GraphqlRefusal | undefined {
  const ranges: Record<string, [number, number]> = { limit: [1, GRAPHQL_LIMITS.limit], page: [1, GRAPHQL_LIMITS.page] }
  let found: GraphqlRefusal | undefined
  visit(document, {
    Argument(node) {
      const range = ranges[node.name.value]
      if (!range || found) return
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE && typeof variables[node.value.name.value] === 'number'
            ? (variables[node.value.name.value] as number)
            : undefined
      if (value !== undefined && !(value >= range[0] && value <= range[1])) {
        found = { reason: 'badPaging', name: node.name.value, min: range[0], max: range[1] }
      }
    },
  })
  return found
}

/** Why a GraphQL document is refused before it is validated or run, or undefined when it may run. */
export function graphqlRefusal(query: string, variables: Record<string, unknown> = {}): GraphqlRefusal | undefined {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.tokens, noLocation: true })
  } catch (error) {
    return { reason: 'syntax', detail: (error as Error).message.slice(0, 200) }
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  if (operations.length > GRAPHQL_LIMITS.operations) return { reason: 'tooManyOperations' }
  // Payload's schema has no subscriptions; graphql-http answers one with a 500.
  if (operations.some((operation) => operation.operation === OperationTypeNode.SUBSCRIPTION)) {
    return { reason: 'subscription' }
  }
  const paging = badPaging(document, variables)
  if (paging) return paging
  try {
    const cost = costOf(document)
    if (
      cost.fields > GRAPHQL_LIMITS.fields ||
      cost.depth > GRAPHQL_LIMITS.depth ||
      cost.aliases > GRAPHQL_LIMITS.aliases
    ) {
      return { reason: 'tooLarge', ...cost }
    }
  } catch (error) {
    if (error instanceof Stop) return error.refusal
    throw error
  }
  return undefined
}
