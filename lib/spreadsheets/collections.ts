import path from 'node:path'

import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  type Field,
  type PayloadRequest,
  Forbidden,
  ValidationError,
} from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff, isStaffUser } from '@/access/staff'
import { adminText, text } from '@/i18n/admin'
import { spreadsheetSections } from '@/lib/sections'
import { validationMessage } from '@/lib/schema/validationMessages'
import { isPlainObject, language } from '@/lib/server/api/answers'
import { mediaDir } from '@/lib/server/paths'

/**
 * The plugin's own collections (`imports`, `exports`) as the portal needs them: staff only, the
 * spreadsheet sections only, results in the staff member's language, and around the plugin
 * 3.90.1's defects (its endpoints, its transaction handling, its English-only messages).
 */

const STATUS_LABELS = {
  pending: 'spreadsheets:statuses:pending',
  completed: 'spreadsheets:statuses:completed',
  partial: 'spreadsheets:statuses:partial',
  failed: 'spreadsheets:statuses:failed',
} as const
const COUNT_LABELS = {
  imported: 'spreadsheets:imported',
  updated: 'spreadsheets:updated',
  total: 'spreadsheets:total',
  issues: 'spreadsheets:issueCount',
} as const

/**
 * The import's result in the staff member's language: its status, the counts, and the rows not
 * imported as a list (components/admin/ImportIssues.tsx) instead of the plugin's JSON editor.
 */
export const readableResults = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) => {
    if (field.type === 'select' && field.name === 'status') {
      return {
        ...field,
        options: field.options.map((option) => {
          const value = (typeof option === 'string' ? option : option.value) as keyof typeof STATUS_LABELS
          return { value, label: text(STATUS_LABELS[value]) }
        }),
      }
    }
    if (field.type === 'group' && 'name' in field && field.name === 'summary') {
      return {
        ...field,
        fields: field.fields.map((sub) => {
          if (!('name' in sub)) return sub
          if (sub.name === 'issueDetails') {
            return {
              ...sub,
              admin: { ...sub.admin, components: { Field: '@/components/admin/ImportIssues#ImportIssues' } },
            } as Field
          }
          const key = COUNT_LABELS[sub.name as keyof typeof COUNT_LABELS]
          return key ? ({ ...sub, label: text(key) } as Field) : sub
        }),
      }
    }
    return field
  }),
})

export const staffFiles = (
  collection: CollectionConfig,
  folder: string,
  label: 'import' | 'export',
): CollectionConfig => ({
  ...collection,
  labels: { singular: text(`spreadsheets:${label}`), plural: text(`spreadsheets:${label}s`) },
  hooks: {
    ...collection.hooks,
    beforeOperation: [staffCreatesOnly, ...(collection.hooks?.beforeOperation ?? [])],
    beforeChange: [onlySpreadsheetSections, ...(collection.hooks?.beforeChange ?? []), ownWords],
    afterChange: [keepTransaction, ...(collection.hooks?.afterChange ?? []), restoreTransaction, ownWordsAnswered],
  },
  endpoints: (collection.endpoints || []).map(staffEndpoint),
  access: { ...collection.access, read: isStaff, create: isStaff, update: () => false, delete: isAdmin },
  upload: {
    ...(typeof collection.upload === 'object' ? collection.upload : {}),
    staticDir: path.join(mediaDir(), `.${folder}`),
    // A file from the staff member's computer only: no address for the server to fetch.
    pasteURL: false,
  },
})

/**
 * The plugin's endpoints (previews, the download) check no access and answer a file they cannot
 * parse with a 500: here they answer staff only, for the spreadsheet sections only, and a file that
 * cannot be read is the client's mistake (400), said in the staff member's language.
 */
const staffEndpoint = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(req.t('error:notAllowedToPerformAction'), req.user ? 403 : 401)
    const slug = await requestedCollection(req)
    // The plugin's handlers read a JSON object and fail on anything else (form data: a 500).
    if (slug === null) return refuse(adminText(language(req), 'api:notAnObject'), 400)
    if (slug !== undefined && !spreadsheetSections.includes(slug as never)) {
      return refuse(validationMessage(req, 'spreadsheetCollection'), 400)
    }
    const response = await endpoint.handler(req)
    return response.status >= 500 ? refuse(validationMessage(req, 'spreadsheetUnreadable'), 400) : response
  },
})

/** The plugin's refusal of a file over the limit, said in English only: in the staff member's language. */
const OVER_LIMIT = /^Import file contains (\d+) documents but limit is (\d+)$/
const inOwnWords = (record: Record<string, unknown>, req: PayloadRequest) => {
  const details = (record.summary as { issueDetails?: { error?: string }[] } | undefined)?.issueDetails
  for (const issue of Array.isArray(details) ? details : []) {
    const over = OVER_LIMIT.exec(issue.error ?? '')
    if (over) issue.error = validationMessage(req, 'spreadsheetTooLong', { rows: over[1]!, limit: over[2]! })
  }
  return record
}
/** As stored (the plugin's update of the import) and as answered (its hook's returned document). */
const ownWords: CollectionBeforeChangeHook = ({ data, req }) => inOwnWords(data, req)
const ownWordsAnswered: CollectionAfterChangeHook = ({ doc, req }) => inOwnWords(doc, req)

/**
 * The plugin's import hook leaves the request without its transaction id (3.90.1), so Payload's
 * create never commits it: on PostgreSQL each import left a connection "idle in transaction" until
 * the pool ran dry. The id is noted before the plugin's hooks and put back after them.
 */
const TRANSACTION = 'spreadsheetTransaction'
const keepTransaction: CollectionAfterChangeHook = ({ doc, req }) => {
  req.context[TRANSACTION] = req.transactionID
  return doc
}
const restoreTransaction: CollectionAfterChangeHook = ({ doc, req }) => {
  const kept = req.context[TRANSACTION] as PayloadRequest['transactionID']
  if (kept && !req.transactionID) req.transactionID = kept
  return doc
}

/**
 * Payload runs `beforeOperation` hooks before it checks access, and the plugin's export hook
 * (3.90.1) builds the whole export there: for anyone, on any collection, and a 500 when the body
 * holds no data. So the first hook asks what access would: staff only, one of the spreadsheet
 * sections only.
 */
const staffCreatesOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  if (!isStaffUser(req.user)) throw new Forbidden(req.t)
  const slug = (args.data as { collectionSlug?: unknown } | undefined)?.collectionSlug
  if (!spreadsheetSections.includes(slug as never)) {
    throw new ValidationError(
      { errors: [{ message: validationMessage(req, 'spreadsheetCollection'), path: 'collectionSlug' }] },
      req.t,
    )
  }
  return args
}

/** An import or a saved export names one of the spreadsheet sections, or is refused before any work. */
const onlySpreadsheetSections: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!spreadsheetSections.includes(data.collectionSlug)) {
    throw new ValidationError(
      { errors: [{ message: validationMessage(req, 'spreadsheetCollection'), path: 'collectionSlug' }] },
      req.t,
    )
  }
  return data
}

const refuse = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

/**
 * The section a preview or download names (`collectionSlug`, in its JSON body), read from a copy:
 * the plugin's handler reads the body itself. `null` when the body is not a JSON object.
 */
async function requestedCollection(req: PayloadRequest): Promise<string | undefined | null> {
  const copy = typeof req.clone === 'function' ? req.clone() : undefined
  if (!copy) return undefined
  const data = (await copy.json().catch(() => null)) as unknown
  if (!isPlainObject(data)) return null
  const inner = isPlainObject(data.data) ? data.data : {}
  const slug = data.collectionSlug ?? inner.collectionSlug
  return typeof slug === 'string' ? slug : slug === undefined ? undefined : ''
}
