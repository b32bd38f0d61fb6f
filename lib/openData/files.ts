import 'server-only'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { shared } from '@/lib/portal/data/read'
import { siteUrl } from '@/lib/portal/seo'
import { payloadClient } from '@/lib/server/payload'

import { type Dataset, type DatasetName, readDataset } from './datasets'

/**
 * A dataset as the data page offers it, cached until the next publish like every public read (the
 * publish hooks revalidate the portal's data tag), so a download costs a read of the cache.
 */
export const getDataset = shared('getDataset', async (locale: Locale, name: DatasetName) =>
  readDataset(await payloadClient(), name, locale),
)

export const FORMATS = ['csv', 'json'] as const
export type Format = (typeof FORMATS)[number]

/** `parks.csv` → { name, format }; undefined for any other file name. */
export function parseFileName(file: string, isName: (name: string) => name is DatasetName) {
  const match = /^([a-z]+)\.(csv|json)$/.exec(file)
  if (!match || !isName(match[1]!)) return undefined
  return { name: match[1] as DatasetName, format: match[2] as Format }
}

/** The file's own name, as downloaded: `ganzhou-parks-en.csv`. */
export const downloadName = (name: DatasetName, locale: Locale, format: Format) => `ganzhou-${name}-${locale}.${format}`

/** What a column holds, in the file's language (the data dictionary). */
export const describe = (locale: Locale, name: DatasetName, key: string) =>
  (messages[locale].OpenData.fields[name] as Record<string, string>)[key] ?? key

/** A cell a spreadsheet would run as a formula is kept as text; a list is one cell, items joined by "; ". */
const csvCell = (value: Dataset['rows'][number][string]) => {
  const text = Array.isArray(value) ? value.join('; ') : value == null ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** The file's text: CSV with a header of the columns' keys (UTF-8 with a byte-order mark), or JSON. */
export async function datasetText(dataset: Dataset, format: Format, locale: Locale, licence: string | null) {
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/sync')
    return stringify(
      dataset.rows.map((row) => dataset.columns.map(({ key }) => csvCell(row[key] ?? null))),
      { header: true, columns: dataset.columns.map(({ key }) => key), bom: true },
    )
  }
  return JSON.stringify(
    {
      dataset: dataset.name,
      language: locale,
      source: `${siteUrl()}/${locale}/data`,
      licence,
      lastChange: dataset.lastChange,
      fields: dataset.columns.map(({ key, kind }) => ({
        name: key,
        kind,
        description: describe(locale, dataset.name, key),
      })),
      rows: dataset.rows,
    },
    null,
    2,
  )
}
