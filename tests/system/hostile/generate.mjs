/**
 * Generators of hostile and malformed requests, by class of input rather than by known case: each
 * class draws paths, parameters, bodies and headers from a seeded random source, so a run is
 * repeatable from its seed and a new run explores new combinations. A request is
 * `{ cls, method, path, headers, body }` with `body` a string or Buffer.
 *
 * The classes live by subject: tables.mjs (what requests are made of), values.mjs (seeded randomness
 * and values), rest.mjs, graphql.mjs and pages.mjs (pages and server actions).
 */
export { random, scalar, jsonValue } from './values.mjs'
export { queryString, multipart, restRequest } from './rest.mjs'
export { graphqlRequest, nestedFragments } from './graphql.mjs'
export { pageRequest, actionRequest } from './pages.mjs'
