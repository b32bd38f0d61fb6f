/** Hostile REST requests: every collection, global, versions, count, file and auth endpoint, every method. */
import { COLLECTIONS, FIELDS, GLOBALS, LOCALES, OPERATORS } from './tables.mjs'
import { enc, jsonValue, nested, scalar } from './values.mjs'

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

export function authHeaders(r, tokens) {
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
