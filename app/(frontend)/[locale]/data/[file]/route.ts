import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import { isDataset } from '@/lib/openData/datasets'
import { datasetText, downloadName, getDataset, parseFileName } from '@/lib/openData/files'
import { getSiteSettings } from '@/lib/portal/data'

type Context = { params: Promise<{ locale: string; file: string }> }

/**
 * GET /{locale}/data/{parks|policies|events}.{csv|json}: a dataset of published content in the
 * page's language, built from the cached read (lib/openData/files.ts) and named for download.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale, file } = await params
  const asked = parseFileName(file, isDataset)
  if (!hasLocale(routing.locales, locale) || !asked) return new Response('Not found', { status: 404 })
  const [dataset, settings] = await Promise.all([getDataset(locale, asked.name), getSiteSettings(locale)])
  const body = await datasetText(dataset, asked.format, locale, settings.dataLicence ?? null)
  return new Response(body, {
    headers: {
      'Content-Type': asked.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(asked.name, locale, asked.format)}"`,
      // Short: the next publish shows up in a download within minutes, also behind a CDN.
      'Cache-Control': 'public, max-age=300',
      ...(dataset.lastChange ? { 'Last-Modified': new Date(dataset.lastChange).toUTCString() } : {}),
    },
  })
}

export const dynamic = 'force-dynamic'
