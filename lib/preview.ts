import { isLocale } from '@/i18n/locales'

import { siteUrl } from './serverUrl'

/** The portal path of a document, e.g. `/en/parks/longnan-etdz` (undefined for other collections). */
export function portalPath(args: { collection?: string; slug?: string | null; locale?: string }): string | undefined {
  const { collection, slug } = args
  const locale = isLocale(args.locale) ? args.locale : 'zh'
  if (!slug || !collection) return undefined
  if (!['parks', 'policies', 'events', 'cases', 'industries'].includes(collection)) return undefined
  return `/${locale}/${collection}/${slug}`
}

/** Where live preview opens a document: the preview route turns on draft mode, then shows the page. */
export function previewPath(args: { collection?: string; slug?: string | null; locale?: string }): string {
  const path = portalPath(args)
  return path ? `${siteUrl()}/next/preview?path=${encodeURIComponent(path)}` : `${siteUrl()}/`
}

/** Only portal pages may be previewed: no redirect off the site. */
export const isPreviewablePath = (path: string | null): path is string =>
  Boolean(path && /^\/(zh|en)(\/[a-z0-9-]+)*$/.test(path))
