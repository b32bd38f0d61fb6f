import type { CollectionSlug, DataFromCollectionSlug, Endpoint, PayloadRequest, Sort, Where } from 'payload'

import { isStaffUser } from '@/access/staff'

/** A cell Excel or LibreOffice would run as a formula is kept as text. */
const safeCell = (value: unknown) => {
  const text = value == null ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/**
 * A staff export as a CSV download: one row per document, `columns` as [header, value]; UTF-8 with a
 * byte-order mark so that Excel reads the Chinese, never cached.
 */
export async function csvResponse<T>(docs: T[], columns: [string, (doc: T) => unknown][], name: string) {
  const { stringify } = await import('csv-stringify/sync')
  const csv = stringify(
    docs.map((doc) => columns.map(([, value]) => safeCell(value(doc)))),
    { header: true, columns: columns.map(([header]) => header), bom: true },
  )
  const day = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}

/**
 * The `where` of an export linked from an admin list view: the list's own filters (`where`) and its
 * search box (`search`, over `searchFields`), as the list view sends them.
 */
export function exportQuery(req: PayloadRequest, searchFields: string[]) {
  const query = (req.query ?? {}) as { where?: Where; sort?: string; search?: string }
  const search = query.search?.trim()
  const searched: Where | undefined = search
    ? { or: searchFields.map((field) => ({ [field]: { like: search } })) }
    : undefined
  const where = [query.where, searched].filter((w): w is Where => Boolean(w))
  return { where: where.length ? { and: where } : undefined, sort: query.sort }
}

/** A CSV column: its header and the cell of one document. */
export type CsvColumn<T> = [string, (doc: T) => unknown]

/**
 * GET /api/{collection}/export — a staff list as CSV, with the same `where`, `sort` and search as
 * the admin list view it is linked from (the search over the collection's own searchable fields),
 * read with the user's own access. `columns` are built per request, in the admin's language.
 */
export function csvExportEndpoint<S extends CollectionSlug>(
  collection: S,
  defaultSort: Sort,
  columns: (req: PayloadRequest) => CsvColumn<DataFromCollectionSlug<S>>[],
): Endpoint {
  return {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      const { user } = req
      if (!isStaffUser(user)) return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
      const searchable = req.payload.collections[collection].config.admin.listSearchableFields ?? []
      const { where, sort } = exportQuery(req, searchable)
      const { docs } = await req.payload.find({
        collection,
        where,
        sort: sort || defaultSort,
        pagination: false,
        depth: 1,
        overrideAccess: false,
        user,
        req,
      })
      return csvResponse(docs as DataFromCollectionSlug<S>[], columns(req), collection)
    },
  }
}
