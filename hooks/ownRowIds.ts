import type { CollectionBeforeChangeHook, Field } from 'payload'

type Row = Record<string, unknown> & { id?: unknown }

/**
 * Array rows keep an id only if it is one of this document's own rows: a client that sends rows
 * with ids copied from another document (or made up) gets new rows, instead of a clash on the row
 * table's unique key (a 500). New documents never take row ids from the client.
 */
export const ownRowIds: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation }) => {
  clean(collection.fields, data, operation === 'create' ? undefined : originalDoc)
  return data
}

function clean(fields: Field[], data: unknown, original: unknown) {
  if (!data || typeof data !== 'object') return
  const values = data as Record<string, unknown>
  const before = (original && typeof original === 'object' ? original : {}) as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level.
      if ('fields' in field && Array.isArray(field.fields)) clean(field.fields, data, original)
      if (field.type === 'tabs') for (const tab of field.tabs) clean(tab.fields, data, original)
      continue
    }
    const value = values[field.name]
    if (field.type === 'group') clean(field.fields, value, before[field.name])
    if (field.type !== 'array' || !Array.isArray(value)) continue
    const own = new Map(
      (Array.isArray(before[field.name]) ? (before[field.name] as Row[]) : [])
        .filter((row) => row && row.id != null)
        .map((row) => [String(row.id), row]),
    )
    for (const row of value as Row[]) {
      if (!row || typeof row !== 'object') continue
      if (row.id != null && !own.has(String(row.id))) delete row.id
      clean(field.fields, row, row.id != null ? own.get(String(row.id)) : undefined)
    }
  }
}
