/** Hostile GraphQL requests over Payload's schema, and the fragments that multiply a query's fields. */
import { jsonValue, scalar } from './values.mjs'
import { authHeaders } from './rest.mjs'

/** `levels` fragments on Park, each spreading the next `fan` times: fan^levels fields once expanded. */
export const nestedFragments = (levels, fan) =>
  `{ Parks { docs { ...F0 } } } ${Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Park { ${
        i + 1 < levels
          ? Array(fan)
              .fill(`...F${i + 1}`)
              .join(' ')
          : 'id'
      } }`,
  ).join(' ')}`

/** A GraphQL query over Payload's schema, with random arguments and shapes. */
export function graphqlRequest(r, tokens) {
  const type = r.pick(['Parks', 'Policies', 'Events', 'Park', 'Users', 'Home', 'SiteSetting', 'Enquiries', 'Nope'])
  const argument = () =>
    r.pick([
      `limit: ${r.pick(['-1', '0', '100000', '"a"', '1.5', 'null'])}`,
      `page: ${r.pick(['-1', '0', '99999', '"x"'])}`,
      `where: { ${r.pick(['name', 'slug', 'createdAt', 'id', 'industries', 'leadIndustries'])}: { ${r.pick(['equals', 'all', 'in', 'not_in', 'contains', 'like', 'near', 'exists', 'greater_than'])}: ${r.pick(['"abc"', '1', '[]', '["a","b"]', 'true', 'null', '"2026-99-99"', '[1,2]'])} } }`,
      `sort: ${r.pick(['"-name"', '"nope"', '""', '"__proto__"'])}`,
      `locale: ${r.pick(['zh', 'en', 'all', 'xx'])}`,
      `draft: ${r.pick(['true', 'false', '"x"'])}`,
      `id: ${r.pick(['1', '"abc"', '-1', '99999999999'])}`,
    ])
  const args = Array.from({ length: r.int(0, 3) }, argument).join(', ')
  let query
  switch (r.int(0, 9)) {
    case 0:
      query = `query { ${type}${args ? `(${args})` : ''} { docs { id name title slug } totalDocs } }`
      break
    case 1:
      query = `{ ${type}${args ? `(${args})` : ''} { id } }`
      break
    case 2:
      // Nested fragments: each spreads the next `fan` times (expanded size fan^levels).
      query = nestedFragments(r.int(3, 16), r.int(2, 5))
      break
    case 3: {
      // Cycles hidden behind comments, strings and commas.
      const hide = r.pick(['#}\n', ',', '"}"', '# x\n', ''])
      query = `{ Parks { docs { ...A } } } fragment ${hide}A on Park { ...B ${hide} } fragment B on Park { ${hide} ...A }`
      break
    }
    case 4:
      query = `${r.pick(['subscription', 'mutation'])} { ${r.pick(['x', 'createPark(data: {})', 'updateHome(data: {}) { id }', 'deletePark(id: 1) { id }'])} }`
      break
    case 5:
      query = `{ ${Array.from({ length: r.int(10, 200) }, (_, i) => `a${i}: Parks { totalDocs }`).join(' ')} }`
      break
    case 6:
      query = '{ a '.repeat(r.int(10, 2000)) + '}'.repeat(r.int(0, 50))
      break
    case 7:
      query = scalar(r)
      break
    case 8:
      query = `query Q($v: ${r.pick(['Int', 'String', 'JSON', 'Park_where'])}) { Parks(limit: $v) { totalDocs } }`
      break
    default:
      query = `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`
  }
  let body
  switch (r.int(0, 7)) {
    case 0:
      body = JSON.stringify(jsonValue(r))
      break
    case 1:
      body = JSON.stringify({ query, variables: jsonValue(r) })
      break
    case 2:
      body = '{"query":'
      break
    default:
      body = JSON.stringify({ query })
  }
  return {
    cls: 'graphql',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': r.chance(0.9) ? 'application/json' : 'text/plain', ...authHeaders(r, tokens) },
    body,
  }
}
