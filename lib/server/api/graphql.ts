import { inDatabaseScope } from '../databaseScope'
import { BODY_LIMIT } from '../edge.mjs'
import { GRAPHQL_LIMITS, graphqlRefusal } from '../graphqlCost'

import { isPlainObject, notStored, Refused, refusal } from './answers'
import { readBody, withBody } from './body'

/** The refusal of a GraphQL document whose expanded work is over the limits (lib/server/graphqlCost.ts). */
function checkGraphqlDocument(query: string, variables: Record<string, unknown>) {
  const refusal = graphqlRefusal(query, variables)
  if (!refusal) return
  switch (refusal.reason) {
    case 'syntax':
      throw new Refused(400, 'api:graphqlSyntax', { detail: refusal.detail })
    case 'cycle':
      throw new Refused(400, 'api:fragmentCycle')
    case 'unknownFragment':
      throw new Refused(400, 'api:graphqlUnknownFragment')
    case 'subscription':
    case 'tooManyOperations':
      throw new Refused(400, 'api:graphqlOperation', { max: GRAPHQL_LIMITS.operations })
    case 'badPaging':
      throw new Refused(400, 'api:badPaging', { name: refusal.name, min: refusal.min, max: refusal.max })
    case 'tooLarge':
      throw new Refused(400, 'api:graphqlTooLarge', {
        fields: refusal.fields,
        depth: refusal.depth,
        aliases: refusal.aliases,
        maxFields: GRAPHQL_LIMITS.fields,
        maxDepth: GRAPHQL_LIMITS.depth,
        maxAliases: GRAPHQL_LIMITS.aliases,
      })
  }
}

/** Payload's GraphQL handler behind a JSON and document check. */
export const guardGraphql =
  (handler: (request: Request) => Promise<Response>) =>
  (request: Request): Promise<Response> =>
    // One database scope: a mutation's later reads go to the primary (lib/server/databaseScope.ts).
    inDatabaseScope(async () => {
      try {
        const type = (request.headers.get('content-type') ?? '').toLowerCase()
        if (!type.startsWith('application/json')) throw new Refused(415, 'api:unsupportedType')
        const text = new TextDecoder().decode(await readBody(request, BODY_LIMIT))
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          throw new Refused(400, 'api:badJson')
        }
        if (!isPlainObject(body) || typeof body.query !== 'string') throw new Refused(400, 'api:graphqlQuery')
        if (body.variables !== undefined && body.variables !== null && !isPlainObject(body.variables)) {
          throw new Refused(400, 'api:graphqlQuery')
        }
        checkGraphqlDocument(body.query, isPlainObject(body.variables) ? body.variables : {})
        return notStored(await handler(withBody(request, text)))
      } catch (error) {
        if (error instanceof Refused) return refusal(request, error)
        throw error
      }
    })
