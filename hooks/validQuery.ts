import { APIError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type Config } from 'payload'

import { adminT } from '@/i18n/admin'
import { Refused } from '@/lib/server/api/answers'
import { normalTimestamps } from '@/lib/server/api/body'
import { checkWhere } from '@/lib/server/api/query'

/**
 * A GraphQL filter checked like a REST one (lib/server/api/query.ts) before the database sees it:
 * `all` on a field with one value, a date that is not one … would otherwise come back as an
 * internal error inside a 200. REST is checked at its edge, and the Local API is the app's own code.
 */
export const validGraphqlQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'GraphQL') return args
  if (operation !== 'read' && operation !== 'count' && operation !== 'countVersions') return args
  const where = (args as { where?: unknown }).where
  if (where === undefined || where === null) return args
  try {
    checkWhere(req.payload, collection.flattenedFields, where)
  } catch (error) {
    if (!(error instanceof Refused)) throw error
    throw new APIError(adminT(req.t)(error.key, error.vars), error.status, null, true)
  }
  return args
}

/**
 * A document's `createdAt` / `updatedAt` as a date, whichever way it was sent (GraphQL, the Local
 * API; REST is checked at its edge too, lib/server/api/body.ts): a value that is not one would be
 * stored and make every later read of the document fail.
 */
export const validTimestamps: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data) return data
  try {
    normalTimestamps(data)
  } catch (error) {
    if (!(error instanceof Refused)) throw error
    throw new APIError(adminT(req.t)(error.key, error.vars), error.status, null, true)
  }
  return data
}

/** Adds the checks to every collection (a plugin: it sees the collections of other plugins too). */
export const validQueries = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), validGraphqlQuery],
      beforeValidate: [validTimestamps, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeValidate: [validTimestamps as never, ...(global.hooks?.beforeValidate ?? [])] },
  })),
})
