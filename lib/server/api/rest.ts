import { existsSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import {
  buildVersionCollectionFields,
  buildVersionGlobalFields,
  type FlattenedField,
  getPayload,
  type Payload,
  type SanitizedCollectionConfig,
  type SanitizedGlobalConfig,
} from 'payload'

import { inDatabaseScope, runCommitted } from '../databaseScope'
import { BODY_LIMIT } from '../edge.mjs'
import { mediaDir } from '../paths'

import { notStored, Refused, refusal, signedIn } from './answers'
import { checkBody, readBody, withBody } from './body'
import { deletePreference } from './preferences'
import { checkQuery, isValidId } from './query'

type Handler = (request: Request, context: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/**
 * The fields a `/versions` query filters on: the versions' own (`parent`, `latest`, `autosave` …) and
 * the document's under `version.` — not the document's, which would let `parent` or `latest` through
 * unchecked (`where[parent][less_than]={{7*7}}` was a 500). Built once per collection or global.
 */
const versionFields = new Map<string, FlattenedField[]>()
function versionFieldsOf(
  payload: Payload,
  of: { collection: SanitizedCollectionConfig } | { global: SanitizedGlobalConfig },
): FlattenedField[] {
  const key = 'collection' in of ? `collection:${of.collection.slug}` : `global:${of.global.slug}`
  let fields = versionFields.get(key)
  if (!fields) {
    fields =
      'collection' in of
        ? buildVersionCollectionFields(payload.config, of.collection, true)
        : buildVersionGlobalFields(payload.config, of.global, true)
    versionFields.set(key, fields)
  }
  return fields
}

/** `/api/globals/<slug>[/versions[/<id>]]`: a global that exists, a version id that is one. */
function checkGlobalPath(payload: Payload, slug: string[], request: Request) {
  const [, name, part, id] = slug
  const global = payload.config.globals.find((candidate) => candidate.slug === name)
  if (!global) throw new Refused(404, 'api:noSuchDocument')
  if (part === 'versions' && !global.versions) throw new Refused(404, 'api:noSuchDocument')
  if (part === 'versions' && id && !isValidId(payload, id)) throw new Refused(404, 'api:noSuchDocument')
  const url = new URL(request.url)
  const fields = part === 'versions' ? versionFieldsOf(payload, { global }) : global.flattenedFields
  if (url.search) checkQuery(payload, fields, url.search, signedIn(request))
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
function endpointNamed(collection: SanitizedCollectionConfig, segment: string, method: string, last: boolean) {
  const endpoints = collection.endpoints || []
  const named = endpoints.filter((endpoint) => endpoint.path.split('/')[1] === segment)
  if (named.length === 0) {
    // A collection addressed by another key than the id (preferences: `/:key`) takes any segment as
    // the last one; before another (`/:id/duplicate`) it is Payload's document id again.
    const keyed =
      last && endpoints.some((endpoint) => /^\/:(?!id\b)\w+$/.test(endpoint.path) && endpoint.method === method)
    return keyed ? 'served' : 'none'
  }
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
  if (first === 'globals' && second) checkGlobalPath(payload, slug, request)
  if (collection) {
    const method = effectiveMethod(request)
    const endpoint = second ? endpointNamed(collection, second, method, slug.length === 2) : 'none'
    if (endpoint === 'otherMethod') throw new Refused(405, 'api:methodNotAllowed')
    if (second && endpoint === 'none' && !isValidId(payload, second)) throw new Refused(404, 'api:noSuchDocument')
    if (second === 'versions' && !collection.versions) throw new Refused(404, 'api:noSuchDocument')
    if (second === 'verify' && !(typeof collection.auth === 'object' && collection.auth.verify)) {
      throw new Refused(404, 'api:noSuchDocument')
    }
    if ((second === 'versions' || second === 'access') && third && !isValidId(payload, third)) {
      throw new Refused(404, 'api:noSuchDocument')
    }
    if (first === 'media' && second === 'file' && method === 'get') checkMediaFile(third)
    const url = new URL(request.url)
    const fields = second === 'versions' ? versionFieldsOf(payload, { collection }) : collection.flattenedFields
    if (url.search) checkQuery(payload, fields, url.search, signedIn(request))
  }
  if (isQueryByPost(request)) {
    // The admin's relationship fields ask for documents this way when the list of ids is long.
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    if (!type.startsWith('application/x-www-form-urlencoded')) throw new Refused(415, 'api:unsupportedType')
    const raw = await readBody(request, BODY_LIMIT)
    if (collection) checkQuery(payload, collection.flattenedFields, new TextDecoder().decode(raw), signedIn(request))
    return withBody(request, raw)
  }
  // A document's own create or update (not an endpoint such as /submit, which reads form fields).
  const documentWrite = collection && (!second || isValidId(payload, second)) && !third
  return checkBody(request, documentWrite ? collection : undefined)
}

/**
 * A read sent as POST: Payload's admin puts a long query in a form-encoded body and says so in this
 * header (Payload's REST handler reads it as a GET).
 */
const isQueryByPost = (request: Request) =>
  request.method === 'POST' && request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET'

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

/**
 * Payload's REST handler behind the checks above, as one database scope: once it writes, its reads
 * go to the primary, not to a replica that may lag (lib/server/databaseScope.ts).
 */
export const guardRest =
  (handler: Handler): Handler =>
  (request, context) =>
    inDatabaseScope(() => serveRest(handler, request, context))

async function serveRest(handler: Handler, request: Request, context: Parameters<Handler>[1]) {
  try {
    const { slug = [] } = await context.params
    const [first, key, rest] = slug
    if (request.method === 'DELETE' && first === 'payload-preferences' && key && !rest) {
      return notStored(await deletePreference(await getPayload({ config }), request, key))
    }
    const response = await handler(await checkRest(request, slug), context)
    runCommitted()
    return PERSONAL.has(slug[0] ?? '') || signedIn(request) ? notStored(response) : response
  } catch (error) {
    if (error instanceof Refused) return refusal(request, error)
    throw error
  }
}
