import { defaultLocale, isLocale, locales } from '@/i18n/locales'
import { documentPath, isSection } from '@/lib/sections'
import { siteUrl } from '@/lib/server/serverUrl'

/** The portal page of a document, e.g. `/en/parks/longnan-etdz` (undefined for collections without pages). */
export function portalPath(args: { collection?: string; slug?: string | null; locale?: string }): string | undefined {
  const { collection, slug } = args
  if (!slug || !isSection(collection)) return undefined
  return documentPath(collection, slug, isLocale(args.locale) ? args.locale : defaultLocale)
}

/** Where live preview opens a document: the preview route turns on draft mode, then shows the page. */
export function previewPath(args: { collection?: string; slug?: string | null; locale?: string }): string {
  const path = portalPath(args)
  return path ? `${siteUrl()}/next/preview?path=${encodeURIComponent(path)}` : `${siteUrl()}/`
}

const PORTAL_PAGE = new RegExp(`^/(${locales.join('|')})(/[a-z0-9-]+)*$`)

/** A page of the portal (`/en/parks/longnan-etdz`): what may be previewed, and stored as where an enquiry came from. */
export const isPortalPath = (path: string | null): path is string => Boolean(path && PORTAL_PAGE.test(path))
