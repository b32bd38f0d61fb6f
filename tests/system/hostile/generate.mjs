/**
 * Generators of hostile and malformed requests, by class of input rather than by known case: each
 * class draws paths, parameters, bodies and headers from a seeded random source, so a run is
 * repeatable from its seed and a new run explores new combinations. A request is
 * `{ cls, method, path, headers, body }` with `body` a string or Buffer.
 */
import { validOperators } from 'payload/shared'

/** A small seeded PRNG (mulberry32): the same seed draws the same requests. */
export function random(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  return { next, int, pick, chance }
}

const COLLECTIONS = [
  'parks',
  'policies',
  'events',
  'cases',
  'industries',
  'news',
  'pages',
  'enquiries',
  'registrations',
  'event-seats',
  'media',
  'users',
  'login-attempts',
  'search-index',
  'review-requests',
  'teams',
  'redirects',
  'imports',
  'exports',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
  'payload-migrations',
  'payload-kv',
  'nonexistent',
]
const GLOBALS = ['home', 'site-settings', 'working-calendar', 'nonexistent']
const FIELDS = [
  'id',
  'name',
  'title',
  'slug',
  'createdAt',
  'updatedAt',
  '_status',
  'startsAt',
  'endsAt',
  'effectiveDate',
  'county',
  'industries',
  'leadIndustries',
  'leadIndustries.slug',
  'heroImage',
  'location',
  'location.address',
  'area',
  'capacity',
  'event',
  'parent',
  'version.name',
  'version._status',
  'latest',
  'email',
  'roles',
  'ipHash',
  'reference',
  'status',
  'target',
  'documentId',
  'state',
  'officers',
  'officers.user',
  'lead',
  'dueAt',
  'overdue',
  'days',
  'a.b.c.d.e',
  '__proto__',
  'constructor',
  'where',
]
// Payload's operators and some it does not have.
const OPERATORS = [...validOperators, 'regex', '$where', 'toString']
const LOCALES = ['zh', 'en', 'zh-hant', 'all', '*', 'xx', '', 'zh%00', '../en']
const SECTIONS = ['parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages']

/** A scalar of some kind a client could send. */
export function scalar(r) {
  switch (r.int(0, 22)) {
    case 0:
      return String(r.int(-5, 5))
    case 1:
      return String(r.int(1, 2 ** 31))
    case 2:
      return '99999999999999999999999999'
    case 3:
      return String(r.next() * 1e6 - 5e5)
    case 4:
      return ''
    case 5:
      return ' '
    case 6:
      return 'null'
    case 7:
      return r.pick(['true', 'false', 'undefined', 'NaN', 'Infinity', '-0', '1e309'])
    case 8:
      return r.pick(['2026-01-01', '2026-13-45', '99999-01-01T00:00:00Z', '0000-00-00', 'yesterday', '1e20'])
    case 9:
      return 'a'.repeat(r.int(200, 6000))
    case 10:
      return r.pick(['园区', '稅收', '無人機', '🏭🏭', '\u202e\u202d', 'ä\u0301'])
    case 11:
      return '\u0000' + r.pick(['', 'x', '\u0001'])
    case 12:
      return r.pick(["' OR '1'='1", '1; DROP TABLE parks', '${7*7}', '{{7*7}}', '<script>alert(1)</script>'])
    case 13:
      return r.pick(['507f1f77bcf86cd799439011', 'zzzzzzzzzzzzzzzzzzzzzzzz', '0x10', '1.5', '-1', '0'])
    case 14:
      return r.pick(['[object Object]', '__proto__', 'constructor', 'prototype', 'hasOwnProperty'])
    case 15:
      return r.pick(['%', '%%', '%zz', '%ff', '%c0%af', '%e4%b8'])
    case 16:
      return r.pick(['a,b', ',', ',,,', 'a,,b', '1,2,3'])
    case 17:
      return r.pick(['\\', '\\\\', '"', "'", '`', '\n', '\r\n'])
    case 18:
      return r.pick(['*', '?', '.*', '(a+)+$', '[', '^'])
    case 19:
      return r.pick(['draft', 'published', 'deleted', 'admin', 'editor'])
    case 20:
      return r.pick(['../../etc/passwd', '..%2f..%2f', '/etc/passwd', 'C:\\Windows'])
    case 21:
      return String(r.int(1, 60))
    default:
      return r.pick(['{}', '[]', '{"a":1}', '[1,2]'])
  }
}

/** A JSON value of some shape (bounded size). */
export function jsonValue(r, depth = 0) {
  if (depth > 3 || r.chance(0.45)) {
    switch (r.int(0, 6)) {
      case 0:
        return r.int(-1e9, 1e9)
      case 1:
        return r.next()
      case 2:
        return r.chance(0.5)
      case 3:
        return null
      case 4:
        return r.pick([1e308, -1e308, Number.MAX_SAFE_INTEGER + 2])
      default:
        return scalar(r)
    }
  }
  if (r.chance(0.5)) return Array.from({ length: r.int(0, 4) }, () => jsonValue(r, depth + 1))
  const object = {}
  for (let i = r.int(0, 4); i > 0; i--) object[r.pick([...FIELDS, scalar(r)])] = jsonValue(r, depth + 1)
  return object
}

const enc = encodeURIComponent

/** A query-string fragment: filters, paging and options of random kinds. */
export function queryString(r) {
  const parts = []
  for (let i = r.int(0, 4); i > 0; i--) {
    switch (r.int(0, 12)) {
      case 0:
      case 1:
      case 2: {
        const prefix = r.chance(0.3)
          ? `where[${r.pick(['or', 'and'])}][${r.pick(['0', '1', 'x', ''])}]`
          : r.chance(0.1)
            ? 'where[or][0][and][0][or][0]'
            : 'where'
        const operator = r.pick(OPERATORS)
        const value = r.chance(0.2) ? `[${r.pick(['0', 'a', ''])}]` : ''
        parts.push(`${prefix}[${enc(r.pick(FIELDS))}][${operator}]${value}=${enc(scalar(r))}`)
        break
      }
      case 3:
        parts.push(`where=${enc(scalar(r))}`)
        break
      case 4:
        parts.push(`limit=${enc(scalar(r))}`)
        break
      case 5:
        parts.push(`page=${enc(scalar(r))}`)
        break
      case 6:
        parts.push(`depth=${enc(scalar(r))}`)
        break
      case 7:
        parts.push(`sort=${enc(r.chance(0.5) ? r.pick(FIELDS) : scalar(r))}`)
        break
      case 8:
        parts.push(`select[${enc(r.pick(FIELDS))}]=${enc(scalar(r))}`)
        break
      case 9:
        parts.push(`locale=${enc(r.pick(LOCALES))}&fallback-locale=${enc(r.pick(LOCALES))}`)
        break
      case 10:
        parts.push(`draft=${enc(scalar(r))}`)
        break
      case 11:
        parts.push(`populate[${enc(r.pick(COLLECTIONS))}][${enc(r.pick(FIELDS))}]=${enc(scalar(r))}`)
        break
      default:
        parts.push(
          `${r.pick(['trash', 'pagination', 'joins[x][limit]', 'autosave', 'id', 'q', 'section'])}=${enc(scalar(r))}`,
        )
    }
  }
  return parts.length ? `?${parts.join('&')}` : ''
}

function bodyFor(r) {
  switch (r.int(0, 9)) {
    case 0:
      return { type: 'application/json', body: JSON.stringify(jsonValue(r)) }
    case 1:
    case 2: {
      const object = {}
      for (let i = r.int(1, 5); i > 0; i--) object[r.pick(FIELDS)] = jsonValue(r, 1)
      return { type: 'application/json', body: JSON.stringify(object) }
    }
    case 3:
      return { type: 'application/json', body: r.pick(['{', '{"a":', 'nul', '"x"', '['.repeat(50), '\u0000']) }
    case 4:
      return { type: 'application/x-www-form-urlencoded', body: queryString(r).slice(1) }
    case 5:
      return multipart(r)
    case 6:
      return { type: r.pick(['text/plain', 'application/xml', 'image/png', '']), body: scalar(r) }
    case 7:
      return { type: 'application/json', body: nested(r.int(30, 3000)) }
    default:
      return { type: undefined, body: undefined }
  }
}

const nested = (depth) => '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth)

/** A multipart body: well formed with random fields, or broken in one of several ways. */
export function multipart(r) {
  const boundary = `----hostile${r.int(0, 1e9)}`
  const fields = []
  for (let i = r.int(0, 4); i > 0; i--) {
    const name = r.pick(['_payload', 'file', '1_$ACTION_ID_x', '$ACTION_REF_1', '1_name', '0', 'name', scalar(r)])
    const file = r.chance(0.3)
    const head = file
      ? `Content-Disposition: form-data; name="${name}"; filename="${r.pick(['a.png', 'a.svg', '../x', '', 'a.html'])}"\r\nContent-Type: ${r.pick(['image/png', 'text/html', 'application/octet-stream'])}`
      : `Content-Disposition: form-data; name="${name}"`
    const value = name === '_payload' ? JSON.stringify(jsonValue(r)) : scalar(r)
    fields.push(`--${boundary}\r\n${head}\r\n\r\n${value}\r\n`)
  }
  let body = `${fields.join('')}--${boundary}--\r\n`
  let type = `multipart/form-data; boundary=${boundary}`
  switch (r.int(0, 6)) {
    case 0:
      body = body.slice(0, r.int(0, body.length)) // truncated
      break
    case 1:
      type = 'multipart/form-data' // no boundary
      break
    case 2:
      type = `multipart/form-data; boundary=other${boundary}` // wrong boundary
      break
    case 3:
      body = `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--\r\n` // no name
      break
    default:
  }
  return { type, body }
}

function authHeaders(r, tokens) {
  switch (r.int(0, 5)) {
    case 0:
    case 1:
      return tokens.editor ? { authorization: `JWT ${tokens.editor}` } : {}
    case 2:
      return { authorization: r.pick(['JWT garbage', 'Bearer x', 'JWT ', 'users API-Key abc', 'JWT a.b.c']) }
    case 3:
      return { cookie: `payload-token=${enc(scalar(r))}` }
    default:
      return {}
  }
}

function restPath(r) {
  const collection = r.pick(COLLECTIONS)
  const id = r.chance(0.5) ? String(r.int(1, 40)) : enc(scalar(r))
  switch (r.int(0, 11)) {
    case 0:
    case 1:
      return `/api/${collection}`
    case 2:
      return `/api/${collection}/${id}`
    case 3:
      return `/api/${collection}/count`
    case 4:
      return `/api/${collection}/versions`
    case 5:
      return `/api/${collection}/versions/${id}`
    case 6:
      return `/api/globals/${r.pick(GLOBALS)}${r.pick(['', '/versions', `/versions/${id}`, '/access', '/x'])}`
    case 7:
      return `/api/media/file/${enc(scalar(r))}${r.pick(['', '.png', '.pdf'])}`
    case 8:
      return `/api/users/${r.pick(['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'init', `verify/${enc(scalar(r))}`, 'access'])}`
    case 9:
      return `/api/${r.pick(['enquiries', 'registrations'])}/${r.pick(['submit', 'form-token', 'export', 'cancel'])}`
    case 10:
      return `/api/${r.pick(['access', 'health', 'health/ready', 'payload-preferences/' + enc(scalar(r)), 'payload-jobs/run', 'imports/preview-data', 'exports/download', 'exports/export-preview', 'x/y/z'])}`
    default:
      return `/api/${collection}/${id}/${r.pick(['versions', 'x', 'preview', 'duplicate'])}`
  }
}

/** REST: every collection, global, versions, count, file and auth endpoint, every method. */
export function restRequest(r, tokens) {
  const method = r.pick(['GET', 'GET', 'GET', 'POST', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])
  const headers = { 'accept-language': r.pick(['zh-CN', 'en']), ...authHeaders(r, tokens) }
  let path = restPath(r) + queryString(r)
  if (method === 'GET' && r.chance(0.1)) {
    headers['x-payload-http-method-override'] = 'GET'
  }
  let body
  if (method !== 'GET' && method !== 'OPTIONS' && method !== 'DELETE') {
    const made = bodyFor(r)
    body = made.body
    if (made.type !== undefined) headers['content-type'] = made.type
    if (method === 'POST' && r.chance(0.1)) headers['x-payload-http-method-override'] = 'GET'
  }
  if (method === 'PATCH' && r.chance(0.3)) path += (path.includes('?') ? '&' : '?') + 'draft=true'
  return { cls: 'rest', method, path, headers, body }
}

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

/** Page URLs: sections, slugs, filters, search, feeds, images, preview, admin. */
export function pageRequest(r) {
  const locale = r.pick(['zh', 'en', 'zh-hant', 'xx', 'ZH', ''])
  const section = r.pick(SECTIONS)
  const slug = r.chance(0.3) ? r.pick(['a', 'ganzhou-etdz', '..', '%2e%2e']) : enc(scalar(r)).slice(0, 300)
  const paths = [
    `/${locale}`,
    `/${locale}/${section}`,
    `/${locale}/${section}/${slug}`,
    `/${locale}/${section}${queryString(r)}`,
    `/${locale}/search?q=${enc(scalar(r))}&section=${enc(scalar(r))}&page=${enc(scalar(r))}`,
    `/${locale}/results/${section}/${enc(scalar(r))}`,
    `/${locale}/parks/compare?parks=${enc(scalar(r))}`,
    `/${locale}/finder?${enc(r.pick(['industry', 'county', 'size', 'x']))}=${enc(scalar(r))}`,
    `/${locale}/events/${slug}/cancel?token=${enc(scalar(r))}`,
    `/${locale}/events/${slug}/calendar.ics`,
    `/${locale}/news/feed.xml?${enc(scalar(r))}`,
    `/_next/image?url=${enc(r.pick(['/og-default.png', '/api/media/file/x.png', 'http://evil.test/x.png', scalar(r)]))}&w=${enc(scalar(r))}&q=${enc(scalar(r))}`,
    `/next/preview?${queryString(r).slice(1)}&path=${enc(scalar(r))}`,
    '/next/exit-preview',
    `/admin/${r.pick(['collections/parks/' + enc(scalar(r)), 'globals/' + enc(scalar(r)), 'login?redirect=' + enc(scalar(r)), enc(scalar(r))])}`,
    `/sitemap.xml`,
    `/${enc(scalar(r))}`,
  ]
  return {
    cls: 'page',
    method: r.pick(['GET', 'GET', 'GET', 'HEAD']),
    path: r.pick(paths),
    headers: { 'accept-language': r.pick(['zh-CN', 'en', 'zh-HK', '*', '']) },
  }
}

/** React's reply encoding, with the references a forged body can carry. */
function actionBody(r) {
  const reference = () =>
    r.pick(['$F1', '$Q2', '$W3', '$D2026', '$T', '$K1', '$@1', '$n1', '$B1', '$S1', '$h1', '$1', '$', '$$'])
  const item = () => (r.chance(0.5) ? reference() : jsonValue(r, 2))
  switch (r.int(0, 5)) {
    case 0:
      return JSON.stringify(Array.from({ length: r.int(0, 4) }, item))
    case 1: {
      const depth = r.int(100, 5000)
      return '['.repeat(depth) + ']'.repeat(depth)
    }
    case 2:
      return JSON.stringify(jsonValue(r))
    case 3:
      return r.pick(['[', '', 'null', '[]', '{"0":1}'])
    default:
      return JSON.stringify([{ status: 'idle' }, reference()])
  }
}

/** Portal and admin POSTs, with and without a Next-Action header (real action ids and forged ones). */
export function actionRequest(r, actionIds, origin) {
  const admin = r.chance(0.3)
  const path = admin
    ? r.pick(['/admin', '/admin/login', '/admin/collections/parks', '/admin/globals/home'])
    : `/${r.pick(['zh', 'en', 'zh-hant'])}/${r.pick(['contact', 'events/x', 'events/x/cancel', 'parks/x', ''])}`
  const headers = { 'accept-language': r.pick(['zh-CN', 'en']) }
  if (r.chance(0.75))
    headers['next-action'] = r.chance(0.6)
      ? r.pick(actionIds)
      : r.pick(['x', 'a'.repeat(42), enc(scalar(r)).slice(0, 60)])
  if (r.chance(0.7)) headers.origin = r.chance(0.8) ? origin : r.pick(['https://evil.test', 'null', 'garbage'])
  if (r.chance(0.3)) headers['next-router-state-tree'] = enc(scalar(r))
  let body
  const shape = r.int(0, 3)
  if (shape === 0) {
    headers['content-type'] = 'text/plain;charset=UTF-8'
    body = actionBody(r)
  } else if (shape === 1) {
    const made = multipart(r)
    headers['content-type'] = made.type
    body = made.body
  } else if (shape === 2) {
    headers['content-type'] = r.pick(['application/x-www-form-urlencoded', 'application/json', 'text/plain'])
    body = r.chance(0.5) ? queryString(r).slice(1) : actionBody(r)
  } else {
    body = actionBody(r)
  }
  return { cls: admin ? 'admin-action' : 'portal-post', method: 'POST', path, headers, body }
}
