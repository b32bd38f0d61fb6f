import Busboy from 'busboy'
import type { SanitizedCollectionConfig } from 'payload'

import { BODY_LIMIT, UPLOAD_LIMIT } from '../edge.mjs'

import { isPlainObject, Refused } from './answers'

/** Deepest nesting of a JSON body. */
const MAX_BODY_DEPTH = 40

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit) return depth
  if (Array.isArray(value)) return Math.max(depth, ...value.map((item) => depthOf(item, limit, depth + 1)))
  if (isPlainObject(value))
    return Math.max(depth, ...Object.values(value).map((item) => depthOf(item, limit, depth + 1)))
  return depth
}

/**
 * A JSON body as Payload reads it: an object, not too deep, its timestamps dates. Returns the text
 * Payload gets: the same, or with the timestamps written as ISO dates.
 */
export function checkJsonObject(text: string): string {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Refused(400, 'api:badJson')
  }
  if (!isPlainObject(body)) throw new Refused(400, 'api:notAnObject')
  if (depthOf(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) throw new Refused(400, 'api:tooDeep')
  return normalTimestamps(body) ? JSON.stringify(body) : text
}

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const

/**
 * A client may send a document's `createdAt` / `updatedAt`, and Payload stores them as given: a
 * value that is not a date was stored, and every later read of the document failed (a 500 on its
 * portal page too). Refused unless it is a date, which is stored in ISO form. Whether anything changed.
 */
export function normalTimestamps(body: Record<string, unknown>): boolean {
  let changed = false
  for (const key of TIMESTAMPS) {
    const value = body[key]
    if (value === undefined) continue
    const time =
      typeof value === 'string' || typeof value === 'number' || value instanceof Date
        ? new Date(value).getTime()
        : Number.NaN
    if (Number.isNaN(time)) throw new Refused(400, 'api:badTimestamp', { field: key })
    const iso = new Date(time).toISOString()
    if (iso !== value) changed = true
    body[key] = iso
  }
  return changed
}

/** The body, read at most up to the limit (the production server refuses larger ones unread). */
export async function readBody(request: Request, limit: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw new Refused(413, 'api:tooLarge', { mb: Math.round(limit / 1024 / 1024) })
  const body = await request.arrayBuffer()
  if (body.byteLength > limit) throw new Refused(413, 'api:tooLarge', { mb: Math.round(limit / 1024 / 1024) })
  return body
}

/** The same request with a body that was read already (a body can be read only once). */
export const withBody = (request: Request, body: BodyInit | null, contentType?: string) => {
  const headers = new Headers(request.headers)
  // A new body (not the one read) has a length of its own.
  if (contentType) {
    headers.set('content-type', contentType)
    headers.delete('content-length')
  }
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

/**
 * Whether Payload's own multipart parser (busboy) reads the body to its end: it is stricter than
 * the platform's (a NUL in a part's name is a "Malformed part header", which Payload answered with
 * a 500), so the parser that will read it decides.
 */
function busboyReads(raw: ArrayBuffer, header: string): Promise<boolean> {
  return new Promise((resolve) => {
    let parser: Busboy.Busboy
    try {
      parser = Busboy({ headers: { 'content-type': header } })
    } catch {
      return resolve(false)
    }
    parser.on('file', (_name, stream) => stream.resume())
    parser.on('error', () => resolve(false))
    parser.on('close', () => resolve(true))
    parser.end(Buffer.from(raw))
  })
}

/**
 * The body Payload reads: a JSON object (not too deep), or form data whose `_payload` is one. Form
 * data to a collection without uploads carries the document in `_payload` and no file (Payload
 * answers anything else with a 500); to an upload collection it may carry the file alone.
 */
export async function checkBody(request: Request, collection?: SanitizedCollectionConfig): Promise<Request> {
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
    if (!(await busboyReads(raw, header))) throw new Refused(400, 'api:badMultipart')
    // A `file` given as text names a file already in a storage bucket (Payload's client uploads),
    // which no collection here uses: Payload fetched it from no handler (a 500).
    if (form.getAll('file').some((value) => typeof value === 'string')) throw new Refused(400, 'api:badMultipart')
    const data = form.get('_payload')
    if (collection && !collection.upload) {
      const files = [...form.values()].some((value) => typeof value !== 'string')
      if (files || typeof data !== 'string') throw new Refused(400, 'api:badMultipart')
    }
    if (typeof data === 'string') {
      const checked = checkJsonObject(data)
      if (checked !== data) {
        // Sent again as new form data: its own boundary, so the old content type goes.
        form.set('_payload', checked)
        const headers = new Headers(request.headers)
        headers.delete('content-type')
        headers.delete('content-length')
        return new Request(request.url, { method: request.method, headers, body: form, signal: request.signal })
      }
    }
  } else if (type.startsWith('application/json') || type === '') {
    const text = new TextDecoder().decode(raw)
    const checked = checkJsonObject(text)
    // Payload reads a body only under its own spelling of the type: without one, or with another
    // (`Application/JSON`), a create hook met no data (a 500). So it is always sent under that one.
    if (checked !== text || header !== 'application/json') return withBody(request, checked, 'application/json')
  } else {
    throw new Refused(415, 'api:unsupportedType')
  }
  return withBody(request, raw)
}
