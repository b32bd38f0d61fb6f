import { existsSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload, type FlattenedField, type Payload, type SanitizedCollectionConfig } from 'payload'
import { parse as parseQuery } from 'qs-esm'

import { type AdminLanguage, adminText, type AdminKey } from '@/i18n/admin'

import { BODY_LIMIT, UPLOAD_LIMIT } from './edge.mjs'
import { GRAPHQL_LIMITS, graphqlRefusal } from './graphqlCost'
import { mediaDir } from './paths'

/**
 * The edge of Payload's REST and GraphQL routes (app/(payload)/api): a request that Payload or its
 * database adapter would answer with a 500 because of the client's mistake — an id that is not an
 * id, a filter value of the wrong kind, a body that is not a JSON object, a multipart body that
 * cannot be read, a GraphQL document whose fragments spread each other — is answered here with a
 * 4xx and a localized message, in Payload's error shape (`{ errors: [{ message }] }`), before
 * Payload sees it. Everything else goes to Payload untouched, so a real fault stays a 500 and is
 * logged as one.
 */

type Handler = (request: Request, context: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

const language = (request: Request): AdminLanguage =>
  /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh'

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly key: AdminKey,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

const refusal = (request: Request, error: Refused) =>
  Response.json(
    { errors: [{ message: adminText(language(request), error.key, error.vars) }] },
    { status: error.status },
  )

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])
const TEXT_MATCH = new Set(['like', 'not_like', 'contains'])
/** Deepest `and`/`or` nesting accepted in a filter. */
const MAX_WHERE_DEPTH = 8
/** Deepest nesting of a JSON body. */
const MAX_BODY_DEPTH = 40

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isValidId(payload: Payload, value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return false
  return payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,14}$/.test(text) : /^[0-9a-f]{24}$/i.test(text)
}

const isValidDate = (value: unknown) => {
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const time = new Date(value).getTime()
  return Number.isFinite(time) && Math.abs(time) < 253402300800000 // within years 0–9999
}

/** The field a `where` path names (`location.address`, `leadIndustries.slug`), when it can be told. */
function fieldAt(payload: Payload, fields: FlattenedField[], path: string[]): FlattenedField | 'id' | undefined {
  const [name, ...rest] = path
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
    return fieldAt(payload, field.flattenedFields, rest)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
      field.relationTo
    ]?.config
    return related ? fieldAt(payload, related.flattenedFields, rest) : undefined
  }
  return undefined
}

function checkValue(payload: Payload, field: FlattenedField | 'id' | undefined, operator: string, value: unknown) {
  if (!OPERATORS.has(operator)) throw new Refused(400, 'api:badOperator', { operator: operator.slice(0, 40) })
  const type = field === 'id' ? 'id' : field?.type
  if (GEO.has(operator)) {
    if (type !== 'point') throw new Refused(400, 'api:badFilter')
    return
  }
  if (isPlainObject(value)) throw new Refused(400, 'api:badFilter')
  const values = LISTS.has(operator)
    ? typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value
        : [value]
    : [value]
  if (!LISTS.has(operator) && Array.isArray(value)) throw new Refused(400, 'api:badFilter')
  if (values.some((item) => isPlainObject(item) || Array.isArray(item))) throw new Refused(400, 'api:badFilter')
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as never)) throw new Refused(400, 'api:badFilter')
    return
  }
  if (TEXT_MATCH.has(operator)) {
    if (typeof value !== 'string') throw new Refused(400, 'api:badFilter')
    return
  }
  const present = values.filter((item) => item !== null && item !== '' && item !== 'null')
  if (type === 'id' || type === 'relationship' || type === 'upload') {
    if (!present.every((item) => isValidId(payload, item))) throw new Refused(400, 'api:badFilter')
  } else if (type === 'date') {
    if (!present.every(isValidDate)) throw new Refused(400, 'api:badDate')
  } else if (type === 'number') {
    if (!present.every((item) => Number.isFinite(Number(item)))) throw new Refused(400, 'api:badFilter')
  }
}

function checkWhere(payload: Payload, fields: FlattenedField[], where: unknown, depth = 0): void {
  if (depth > MAX_WHERE_DEPTH || !isPlainObject(where)) throw new Refused(400, 'api:badFilter')
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(condition) ? condition : isPlainObject(condition) ? Object.values(condition) : null
      if (!parts) throw new Refused(400, 'api:badFilter')
      for (const part of parts) checkWhere(payload, fields, part, depth + 1)
      continue
    }
    if (!isPlainObject(condition)) throw new Refused(400, 'api:badFilter')
    const path = key.split('.')
    const field = fieldAt(payload, fields, path)
    const timestamps = ['createdAt', 'updatedAt'].includes(key)
    for (const [operator, value] of Object.entries(condition)) {
      checkValue(payload, timestamps ? ({ type: 'date' } as FlattenedField) : field, operator, value)
    }
  }
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit) return depth
  if (Array.isArray(value)) return Math.max(depth, ...value.map((item) => depthOf(item, limit, depth + 1)))
  if (isPlainObject(value))
    return Math.max(depth, ...Object.values(value).map((item) => depthOf(item, limit, depth + 1)))
  return depth
}

/** A JSON body as Payload reads it: an object, not too deep. */
function checkJsonObject(text: string) {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Refused(400, 'api:badJson')
  }
  if (!isPlainObject(body)) throw new Refused(400, 'api:notAnObject')
  if (depthOf(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) throw new Refused(400, 'api:tooDeep')
}

/** The body, read at most up to the limit (the production server refuses larger ones unread). */
async function readBody(request: Request, limit: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw new Refused(413, 'api:tooLarge', { mb: Math.round(limit / 1024 / 1024) })
  const body = await request.arrayBuffer()
  if (body.byteLength > limit) throw new Refused(413, 'api:tooLarge', { mb: Math.round(limit / 1024 / 1024) })
  return body
}

/** The same request with a body that was read already (a body can be read only once). */
const withBody = (request: Request, body: BodyInit | null, contentType?: string) => {
  const headers = new Headers(request.headers)
  if (contentType) headers.set('content-type', contentType)
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

/** The request Payload gets: the same, with the body already read and checked. */
async function checkBody(request: Request): Promise<Request> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return request
  const header = request.headers.get('content-type') ?? ''
  // Lower case for the checks only: a multipart boundary is case-sensitive.
  const type = header.toLowerCase()
  const multipart = type.startsWith('multipart/form-data')
  const raw = await readBody(request, multipart ? UPLOAD_LIMIT : BODY_LIMIT)
  // No body at all: an empty object, as Payload expects one (logout, refresh) or validates it (create).
  if (raw.byteLength === 0) return withBody(request, '{}', 'application/json')
  if (multipart) {
    if (!/boundary=/.test(type)) throw new Refused(400, 'api:badMultipart')
    let form: FormData
    try {
      form = await new Response(raw, { headers: { 'content-type': header } }).formData()
    } catch {
      throw new Refused(400, 'api:badMultipart')
    }
    const data = form.get('_payload')
    if (typeof data === 'string') checkJsonObject(data)
  } else if (type.startsWith('application/json') || type === '') {
    checkJsonObject(new TextDecoder().decode(raw))
  } else {
    throw new Refused(415, 'api:unsupportedType')
  }
  return withBody(request, raw)
}

/** `/api/globals/<slug>[/versions[/<id>]]`: a global that exists, a version id that is one. */
function checkGlobalPath(payload: Payload, slug: string[]) {
  const [, name, part, id] = slug
  const global = payload.config.globals.find((candidate) => candidate.slug === name)
  if (!global) throw new Refused(404, 'api:noSuchDocument')
  if (part === 'versions' && !global.versions) throw new Refused(404, 'api:noSuchDocument')
  if (part === 'versions' && id && !isValidId(payload, id)) throw new Refused(404, 'api:noSuchDocument')
}

/**
 * `/api/media/file/<name>` on the local disk: a name that is one file of the media folder, and
 * there (Payload answers a missing file with a 500). In a bucket (S3_BUCKET) the storage plugin
 * answers a missing object with a 404 itself.
 */
function checkMediaFile(name: string | undefined) {
  if (process.env.S3_BUCKET) return
  if (!name || name !== path.basename(name) || name.startsWith('.')) throw new Refused(404, 'api:noSuchDocument')
  if (!existsSync(path.join(mediaDir(), name))) throw new Refused(404, 'api:noSuchDocument')
}

/** The method Payload's REST handler serves a request as (the admin sends long reads as POST). */
const effectiveMethod = (request: Request) => (isQueryByPost(request) ? 'get' : request.method.toLowerCase())

/**
 * What a segment after a collection's slug names: one of Payload's or our endpoints (`count`,
 * `versions`, `login`, `submit` …) for this method, an endpoint that exists for other methods only
 * (405: Payload would take the name for a document id and fail in the database), or neither.
 */
function endpointNamed(collection: SanitizedCollectionConfig, segment: string, method: string) {
  const named = (collection.endpoints || []).filter((endpoint) => endpoint.path.split('/')[1] === segment)
  if (named.length === 0) return 'none'
  return named.some((endpoint) => endpoint.method === method) ? 'served' : 'otherMethod'
}

/** Internal collections that have no REST API (Payload answers them with 501). */
const NO_REST = new Set(['payload-migrations'])

async function checkRest(request: Request, slug: string[]): Promise<Request> {
  const payload = await getPayload({ config })
  const [first, second, third] = slug
  if (first && NO_REST.has(first)) throw new Refused(404, 'api:noSuchDocument')
  const collection = first
    ? (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[first]?.config
    : undefined
  if (first === 'globals' && second) checkGlobalPath(payload, slug)
  if (collection) {
    const method = effectiveMethod(request)
    const endpoint = second ? endpointNamed(collection, second, method) : 'none'
    if (endpoint === 'otherMethod') throw new Refused(405, 'api:methodNotAllowed')
    if (second && endpoint === 'none' && !isValidId(payload, second)) throw new Refused(404, 'api:noSuchDocument')
    if (second === 'versions' && !collection.versions) throw new Refused(404, 'api:noSuchDocument')
    if (second === 'verify' && !(typeof collection.auth === 'object' && collection.auth.verify)) {
      throw new Refused(404, 'api:noSuchDocument')
    }
    if ((second === 'versions' || second === 'access') && third && !isValidId(payload, third)) {
      throw new Refused(404, 'api:noSuchDocument')
    }
    if (first === 'media' && second === 'file' && request.method === 'GET') checkMediaFile(third)
    const url = new URL(request.url)
    if (url.search) checkQuery(payload, collection, url.search)
  }
  if (isQueryByPost(request)) {
    // The admin's relationship fields ask for documents this way when the list of ids is long.
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    if (!type.startsWith('application/x-www-form-urlencoded')) throw new Refused(415, 'api:unsupportedType')
    const raw = await readBody(request, BODY_LIMIT)
    if (collection) checkQuery(payload, collection, new TextDecoder().decode(raw))
    return withBody(request, raw)
  }
  return checkBody(request)
}

/**
 * A read sent as POST: Payload's admin puts a long query in a form-encoded body and says so in this
 * header (Payload's REST handler reads it as a GET).
 */
const isQueryByPost = (request: Request) =>
  request.method === 'POST' && request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET'

/** The `where` of a query string (or of a method-override body) against the collection's fields. */
function checkQuery(payload: Payload, collection: SanitizedCollectionConfig, search: string) {
  const query = parseQuery(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })
  if (query.where !== undefined) checkWhere(payload, collection.flattenedFields, query.where)
}

/** Collections whose answers carry personal data (leads, registrations, staff, their sessions and locks). */
const PERSONAL = new Set([
  'enquiries',
  'registrations',
  'users',
  'login-attempts',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
])

const signedIn = (request: Request) =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** The same answer with `Cache-Control: no-store`: no browser or proxy keeps a copy. */
function notStored(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** Payload's REST handler behind the checks above. */
export const guardRest =
  (handler: Handler): Handler =>
  async (request, context) => {
    try {
      const { slug = [] } = await context.params
      const response = await handler(await checkRest(request, slug), context)
      return PERSONAL.has(slug[0] ?? '') || signedIn(request) ? notStored(response) : response
    } catch (error) {
      if (error instanceof Refused) return refusal(request, error)
      throw error
    }
  }

/** The refusal of a GraphQL document whose expanded work is over the limits (lib/server/graphqlCost.ts). */
function checkGraphqlDocument(query: string) {
  const refusal = graphqlRefusal(query)
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
  async (request: Request): Promise<Response> => {
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
      checkGraphqlDocument(body.query)
      return notStored(await handler(withBody(request, text)))
    } catch (error) {
      if (error instanceof Refused) return refusal(request, error)
      throw error
    }
  }
