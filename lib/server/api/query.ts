import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'
import { parse as parseQuery } from 'qs-esm'

import { isPlainObject, Refused } from './answers'

/**
 * A query's `where`, paging and depth, checked against the fields they name before the database
 * sees them: a value of the wrong kind (a date that is not one, an object, `near` on a text field,
 * `all` on a field that holds one value …) or a page that is not a whole number is the client's
 * mistake, which Payload's adapters would answer with a 500. Used by the REST edge and, for
 * GraphQL and every other caller, by a hook before each read (hooks/validQuery.ts).
 */
// Payload's own operators; any other is refused before the adapter sees it.
const OPERATORS: ReadonlySet<string> = validOperatorSet
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])
const TEXT_MATCH = new Set(['like', 'not_like', 'contains'])
/** What a yes/no field may be asked: equal or not, one of, set or not. */
const EQUALITY = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])
/** Kinds of field that hold no text to match. */
const NOT_TEXT = new Set(['id', 'relationship', 'upload', 'number', 'date', 'checkbox', 'point', 'select'])
/** A decimal number, as both JavaScript and PostgreSQL read it. */
const NUMBER = /^\s*[+-]?(\d{1,30}(\.\d{0,30})?|\.\d{1,30})(e[+-]?\d{1,3})?\s*$/i
/** Deepest `and`/`or` nesting accepted in a filter. */
const MAX_WHERE_DEPTH = 8

export function isValidId(payload: Payload, value: unknown): boolean {
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
export function fieldAt(payload: Payload, fields: FlattenedField[], path: string[]): FlattenedField | 'id' | undefined {
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

export function checkValue(
  payload: Payload,
  field: FlattenedField | 'id' | undefined,
  operator: string,
  value: unknown,
) {
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
  // `all` matches every value of a field that holds several values of its own (text, numbers,
  // choices); on any other field, relationships included, the SQL adapters fail (a 500).
  if (
    operator === 'all' &&
    !(
      field &&
      field !== 'id' &&
      'hasMany' in field &&
      field.hasMany &&
      !['relationship', 'upload'].includes(field.type)
    )
  ) {
    throw new Refused(400, 'api:badFilter')
  }
  // A NUL character in a value is an encoding error in PostgreSQL (a 500).
  if (values.some((item) => typeof item === 'string' && item.includes('\u0000')))
    throw new Refused(400, 'api:badFilter')
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as never)) throw new Refused(400, 'api:badFilter')
    return
  }
  if (TEXT_MATCH.has(operator)) {
    // Text matching on an id, a number, a date or a yes/no is an SQL error in the adapters (a 500).
    if (typeof value !== 'string' || (type && NOT_TEXT.has(type))) throw new Refused(400, 'api:badFilter')
    return
  }
  const present = values.filter((item) => item !== null && item !== '' && item !== 'null')
  // In a list, every item of a typed field is a value of its type: an empty or `null` item is not
  // compared with nothing there but converted (NaN, '' as an enum or a number: a 500 in the adapters).
  if (LISTS.has(operator) && type && NOT_TEXT.has(type) && present.length !== values.length) {
    throw new Refused(400, 'api:badFilter')
  }
  // Yes/no and fixed choices are typed columns (boolean, enum) in PostgreSQL: anything else is an SQL
  // error there (a 500), so only their own values, and no ordering of a yes/no.
  // An empty value is compared as '' there too: not a yes/no, nor a choice.
  const given = values.filter((item) => item !== null && item !== 'null')
  if (type === 'checkbox') {
    if (!EQUALITY.has(operator) || !given.every((item) => ['true', 'false', true, false].includes(item as never)))
      throw new Refused(400, 'api:badFilter')
    return
  }
  if (field && field !== 'id' && field.type === 'select') {
    const allowed = new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
    if (!given.every((item) => allowed.has(String(item)))) throw new Refused(400, 'api:badFilter')
    return
  }
  if (type === 'id' || type === 'relationship' || type === 'upload') {
    // A list with an empty or `null` item was refused above (it became NaN in the adapter's query: a
    // 500); a single value may be empty or null (compared with no document). The rest must be ids.
    if (!present.every((item) => isValidId(payload, item))) throw new Refused(400, 'api:badFilter')
  } else if (type === 'date') {
    if (!present.every(isValidDate)) throw new Refused(400, 'api:badDate')
  } else if (type === 'number') {
    // A number as PostgreSQL reads one (`0x10` or a blank is a number to JavaScript, an error there).
    if (!present.every((item) => (typeof item === 'number' ? Number.isFinite(item) : NUMBER.test(String(item)))))
      throw new Refused(400, 'api:badFilter')
  }
}

export function checkWhere(payload: Payload, fields: FlattenedField[], where: unknown, depth = 0): void {
  if (depth > MAX_WHERE_DEPTH || !isPlainObject(where)) throw new Refused(400, 'api:badFilter')
  for (const [key, condition] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
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

/** The `where` of a query string (or of a method-override body) against the collection's fields. */
export function checkQuery(payload: Payload, fields: FlattenedField[], search: string, staff: boolean) {
  const query = parseQuery(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })
  if (query.where !== undefined) checkWhere(payload, fields, query.where)
  checkPaging(query, staff)
}

/**
 * Paging and depth: whole numbers in range (Payload answers `page=Infinity` or `limit=-1` with a
 * 500). What one anonymous request may ask for is bounded: at most PUBLIC_MAX_LIMIT documents
 * (never "all", `limit=0`) at a depth of at most PUBLIC_MAX_DEPTH; staff lists may ask for all.
 */
const PUBLIC_MAX_LIMIT = 100
const PUBLIC_MAX_DEPTH = 3
const MAX_PAGE = 100_000

function checkPaging(query: Record<string, unknown>, staff: boolean) {
  const whole = (name: string, min: number, max: number) => {
    const value = query[name]
    if (value === undefined || value === '') return
    const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
    if (!(number >= min && number <= max)) {
      throw new Refused(400, 'api:badPaging', { name, min, max })
    }
  }
  whole('limit', staff ? 0 : 1, staff ? 10_000 : PUBLIC_MAX_LIMIT)
  whole('page', 1, MAX_PAGE)
  whole('depth', 0, staff ? 10 : PUBLIC_MAX_DEPTH)
}
