import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Field,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { defaultLocale, type Locale, LOCALE_INFO, locales } from '@/i18n/locales'
import { convertValue } from '@/lib/schema/traditional'
import { inRequest } from '@/lib/server/inRequest'

/**
 * Locales whose text is converted from another's (i18n/locales.ts `convertedFrom`): today the
 * Traditional Chinese of Hong Kong and Macao, from the Simplified.
 *
 * - A save in the source language (not an autosave) writes the converted text into the target
 *   language, as a draft or published like the save itself (`afterChange`).
 * - A field staff edit by hand in the target language is "reviewed": the next conversion leaves it
 *   alone. Setting it back to exactly the converted text makes it automatic again (`beforeChange`).
 * - `reviewedTranslations` on the document keeps, per target language, the reviewed field paths
 *   (array fields count as one: `benefits.text`); the admin shows them (TranslationStatus).
 */
export const REVIEWED_FIELD = 'reviewedTranslations'

const targetsOf = (source: Locale) => locales.filter((locale) => LOCALE_INFO[locale].convertedFrom === source)

type Data = Record<string, unknown>
type Row = Data & { id?: string }
/** What a write-back passes to Payload's update, for a document or a global alike. */
type WriteArgs = {
  locale: Locale
  data: never
  draft: boolean
  overrideAccess: true
  context: Record<string, unknown>
  req: PayloadRequest
}

/** Every localized leaf of `value` by field path, arrays' rows in order (what "reviewed" compares). */
function localizedValues(fields: Field[], value: Data | undefined, prefix = '', out = new Map<string, unknown[]>()) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      localizedValues(field.fields, value, prefix, out)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          localizedValues(tab.fields, value?.[tab.name] as Data, `${prefix}${tab.name}.`, out)
        else localizedValues(tab.fields, value, prefix, out)
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui') continue
    const path = `${prefix}${field.name}`
    const own = value?.[field.name]
    if ('localized' in field && field.localized) out.set(path, [...(out.get(path) ?? []), own ?? null])
    else if (field.type === 'group') localizedValues(field.fields, own as Data, `${path}.`, out)
    else if (field.type === 'array')
      for (const row of (own as Row[]) ?? []) localizedValues(field.fields, row, `${path}.`, out)
  }
  return out
}

/**
 * The target language's data for an update: the source's localized text converted, except the
 * reviewed paths, which keep the target's current text. Groups and array rows carry their other
 * (non-localized) values as read, so that nothing but the text changes. Undefined: nothing to write.
 */
function convertedData(
  fields: Field[],
  source: Data,
  current: Data | undefined,
  reviewed: Set<string>,
  prefix = '',
): Data | undefined {
  const out: Data = {}
  let any = false
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const inner = convertedData(field.fields, source, current, reviewed, prefix)
      if (inner) {
        Object.assign(out, inner)
        any = true
      }
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name ? tab.name : undefined
        const inner = named
          ? convertedData(
              tab.fields,
              (source[named] as Data) ?? {},
              current?.[named] as Data,
              reviewed,
              `${prefix}${named}.`,
            )
          : convertedData(tab.fields, source, current, reviewed, prefix)
        if (inner) {
          Object.assign(out, named ? { [named]: { ...(source[named] as Data), ...inner } } : inner)
          any = true
        }
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui') continue
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) {
      out[field.name] = reviewed.has(path) ? (current?.[field.name] ?? null) : convertValue(source[field.name] ?? null)
      any = true
    } else if (field.type === 'group') {
      const inner = convertedData(
        field.fields,
        (source[field.name] as Data) ?? {},
        current?.[field.name] as Data,
        reviewed,
        `${path}.`,
      )
      if (inner) {
        out[field.name] = { ...(source[field.name] as Data), ...inner }
        any = true
      }
    } else if (field.type === 'array') {
      const rows = (source[field.name] as Row[]) ?? []
      const currentRows = (current?.[field.name] as Row[]) ?? []
      let rowsChanged = false
      const converted = rows.map((row) => {
        const inner = convertedData(
          field.fields,
          row,
          currentRows.find((r) => r.id === row.id),
          reviewed,
          `${path}.`,
        )
        if (inner) rowsChanged = true
        return inner ? { ...row, ...inner } : row
      })
      if (rowsChanged) {
        out[field.name] = converted
        any = true
      }
    }
  }
  return any ? out : undefined
}

const reviewedOf = (doc: Data | undefined, target: Locale) =>
  new Set(((doc?.[REVIEWED_FIELD] as Record<string, string[]> | null)?.[target] as string[] | undefined) ?? [])

/** Whether this request saves text that conversion should follow: not a conversion, an autosave or a bulk edit. */
const follows = (req: PayloadRequest) =>
  !req.context?.converting && req.query?.autosave !== 'true' && req.locale !== 'all'

type Store = {
  read: (locale: Locale) => Promise<Data>
  write: (locale: Locale, data: Data, draft: boolean) => Promise<unknown>
}

async function convert(fields: Field[], doc: Data, req: PayloadRequest, store: Store) {
  const source = (req.locale ?? defaultLocale) as Locale
  const targets = targetsOf(source)
  if (targets.length === 0 || !follows(req)) return
  const sourceData = await store.read(source)
  // A draft save (or a draft document) converts into a draft; publishing publishes the conversion.
  // Collections without drafts (media) just save.
  const versioned = doc._status !== undefined
  const draft = versioned && (Boolean(req.context?.draftSave) || doc._status !== 'published')
  for (const target of targets) {
    const current = await store.read(target)
    const data = convertedData(fields, sourceData, current, reviewedOf(doc, target))
    if (data) await store.write(target, versioned ? { ...data, _status: draft ? 'draft' : 'published' } : data, draft)
  }
}

async function markReviewed(
  fields: Field[],
  data: Data,
  original: Data | undefined,
  req: PayloadRequest,
  read: Store['read'],
) {
  const target = (req.locale ?? defaultLocale) as Locale
  const from = LOCALE_INFO[target]?.convertedFrom
  if (!from || req.context?.converting || !original || req.locale === 'all') return data
  const expected = localizedValues(fields, convertedData(fields, await read(from), undefined, new Set()) ?? {})
  const given = localizedValues(fields, data)
  const reviewed = reviewedOf(original, target)
  for (const [path, values] of given) {
    if (JSON.stringify(values) === JSON.stringify(expected.get(path) ?? [])) reviewed.delete(path)
    else reviewed.add(path)
  }
  const all = { ...((original[REVIEWED_FIELD] as Record<string, string[]>) ?? {}), [target]: [...reviewed].sort() }
  return { ...data, [REVIEWED_FIELD]: all }
}

const context = (req: PayloadRequest) => ({
  converting: true,
  seeding: req.context?.seeding,
  disableRevalidate: req.context?.disableRevalidate,
})

/** One language of a document, as stored (no fallback), its latest draft included. */
const LATEST = { fallbackLocale: false, draft: true, depth: 0, overrideAccess: true } as const
const readDocument = (req: PayloadRequest, slug: string, id: number | string) => async (locale: Locale) =>
  (await inRequest(req, (req) =>
    req.payload.findByID({ collection: slug as 'parks', id, locale, ...LATEST, req }),
  )) as unknown as Data
const readGlobal = (req: PayloadRequest, slug: string) => async (locale: Locale) =>
  (await inRequest(req, (req) =>
    req.payload.findGlobal({ slug: slug as 'home', locale, ...LATEST, req }),
  )) as unknown as Data

/** Writes one locale's converted values back, inside the request, past access and this hook's own run. */
const writeBack =
  (req: PayloadRequest, update: (req: PayloadRequest, args: WriteArgs) => Promise<unknown>) =>
  (locale: Locale, data: Data, draft: boolean) =>
    inRequest(req, (req) =>
      update(req, { locale, data: data as never, draft, overrideAccess: true, context: context(req), req }),
    )

export const convertCollection: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await convert(collection.fields, doc, req, {
    read: readDocument(req, collection.slug, doc.id),
    write: writeBack(req, (req, args) =>
      req.payload.update({ collection: collection.slug as 'parks', id: doc.id, ...args }),
    ),
  })
  return doc
}

export const reviewedInCollection: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) =>
  markReviewed(collection.fields, data, originalDoc, req, async (locale) =>
    originalDoc?.id == null ? {} : readDocument(req, collection.slug, originalDoc.id)(locale),
  )

export const convertGlobal: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await convert(global.fields, doc, req, {
    read: readGlobal(req, global.slug),
    write: writeBack(req, (req, args) => req.payload.updateGlobal({ slug: global.slug as 'home', ...args })),
  })
  return doc
}

export const reviewedInGlobal: GlobalBeforeChangeHook = async ({ global, data, originalDoc, req }) =>
  markReviewed(global.fields, data, originalDoc, req, readGlobal(req, global.slug))
