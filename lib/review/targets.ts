import { type Section, SECTIONS, sections } from '@/lib/sections'

/**
 * What can be sent for review: a document of a content section, or one of the globals (the home
 * page, the site settings). Pure data: the admin's review panel imports it too.
 */
export const reviewedGlobals = ['home', 'site-settings'] as const
export type ReviewedGlobal = (typeof reviewedGlobals)[number]
export type ReviewTarget = Section | ReviewedGlobal

export const reviewTargets: readonly ReviewTarget[] = [...sections, ...reviewedGlobals]

export const isReviewTarget = (value: unknown): value is ReviewTarget =>
  typeof value === 'string' && (reviewTargets as readonly string[]).includes(value)

export const isGlobalTarget = (target: ReviewTarget): target is ReviewedGlobal =>
  (reviewedGlobals as readonly string[]).includes(target)

/** The one open request a document can have: a unique key while it waits, none afterwards. */
export const openKey = (target: ReviewTarget, documentId?: string | null) =>
  isGlobalTarget(target) ? target : `${target}:${documentId}`

/** The admin's address of a document and of its comparison with the published version (Payload's versions view). */
export function adminPaths(target: ReviewTarget, documentId: string | null | undefined) {
  const base = isGlobalTarget(target) ? `/admin/globals/${target}` : `/admin/collections/${target}/${documentId}`
  return {
    document: base,
    compare: (versionId: string, publishedVersionId?: string) =>
      `${base}/versions/${versionId}${publishedVersionId ? `?versionFrom=${publishedVersionId}` : ''}`,
  }
}

/** The field that names a document of `target` (globals are named by their label). */
export const titleFieldOf = (target: ReviewTarget): string | undefined =>
  isGlobalTarget(target) ? undefined : SECTIONS[target].titleField
