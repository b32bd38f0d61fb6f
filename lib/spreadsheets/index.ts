import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { spreadsheetSections } from '@/lib/sections'

import { readableResults, staffFiles } from './collections'

/**
 * Rows one import may hold: a bureau's list of parks or policies is tens of rows, and each row is a
 * validated save with its conversion and search index (about 0.2 s on PostgreSQL here), so one
 * request stays under a minute.
 */
const IMPORT_LIMIT = 200
/** Rows one export may hold. */
const EXPORT_LIMIT = 5000

/** On a field kept by the system (translation state, who saved): left out of spreadsheets both ways. */
export const notInSpreadsheets = { 'plugin-import-export': { disabled: true } }

/** Marks the request of a spreadsheet import, whose writes `importsAsDrafts` turns into drafts. */
const IMPORTING = 'spreadsheetImport'

/**
 * Spreadsheets in and out for the sections that say so (issue 29), with Payload's own
 * import-export plugin: CSV (both languages in one row: `title_zh`, `title_en` …) or JSON, a
 * preview of the rows before anything is written, each row's error in the staff member's admin
 * language, and an export of the same shape. Imported rows are drafts, whoever imports them: a
 * reviewer still publishes (`importsAsDrafts`). Run at once in the request (no job queue), within
 * the limits above; the uploaded files are kept in a folder of the media directory, readable by
 * staff only.
 */
export const spreadsheetPlugin = (): Plugin => (config) => importExportPlugin(pluginOptions)(ownMenus(config))

/**
 * The plugin adds its menu items to each collection's `admin.components.listMenuItems`; our content
 * collections share one components object (collections/shared.ts), so each gets its own first, or
 * every list would offer every section's import.
 */
const ownMenus = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        listMenuItems: [...(collection.admin?.components?.listMenuItems ?? [])],
      },
    },
  })),
})

const pluginOptions: Parameters<typeof importExportPlugin>[0] = {
  collections: spreadsheetSections.map((slug) => ({
    slug,
    export: { format: 'csv', disableJobsQueue: true, disableSave: true, limit: EXPORT_LIMIT },
    import: {
      disableJobsQueue: true,
      defaultVersionStatus: 'draft',
      limit: IMPORT_LIMIT,
      hooks: {
        before: ({ data, req }) => {
          req.context[IMPORTING] = true
          return data.map((doc) => ({ ...withDefaultLocale(doc), _status: 'draft' as const }))
        },
      },
    },
  })),
  overrideImportCollection: ({ collection }) => readableResults(staffFiles(collection, 'imports', 'import')),
  overrideExportCollection: ({ collection }) => staffFiles(collection, 'exports', 'export'),
}

/**
 * A file with one language's columns only (`title_en`): the plugin writes the first language it
 * finds in a field into the default language when the default is absent, so an English file would
 * overwrite the Chinese. Naming the default language as absent keeps it: the plugin then saves
 * nothing for it and the English as that language.
 */
function withDefaultLocale<T extends object>(doc: T): T {
  const out = { ...doc } as Record<string, unknown>
  for (const [key, value] of Object.entries(out)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue
    const keys = Object.keys(value)
    if (keys.some((k) => isLocale(k)) && !keys.includes(defaultLocale)) {
      out[key] = { [defaultLocale]: undefined, ...value }
    }
  }
  return out as T
}

/**
 * On the sections' collections, for the writes of a spreadsheet import: a new document is saved
 * whole as an unpublished draft (so every field is validated and a bad row is reported, not stored);
 * a change to a published document becomes a draft of it, also the plugin's saves of each further
 * language, which it sends as saves of the live document. So an import never changes what the
 * public sees; a reviewer's publish validates the draft again.
 */
export const importsAsDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!req.context?.[IMPORTING]) return args
  if (operation === 'create') return { ...args, draft: false, data: { ...args.data, _status: 'draft' } }
  if (operation !== 'update') return args
  const id = (args as { id?: number | string }).id
  const live =
    id == null
      ? undefined
      : await req.payload.db.findOne<{ id: number | string; _status?: string | null }>({
          collection: collection.slug,
          where: { id: { equals: id } },
          req,
        })
  const published = id == null || live?._status === 'published'
  return { ...args, draft: published, data: { ...args.data, _status: 'draft' } }
}
