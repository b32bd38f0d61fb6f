import 'server-only'

import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaffUser } from '@/access/staff'
import { payloadClient } from '@/lib/server/payload'

import { PORTAL_DATA_TAG } from '../cacheTags'

/**
 * The portal's data access: the only code that queries Payload for public pages. Every query runs
 * with `overrideAccess: false` and no user, so the public sees what Payload's access rules allow
 * (published documents) and nothing else.
 */
export const PUBLIC = { overrideAccess: false, draft: false } as const

/**
 * Shared public reads (site settings, industries, list results, search) are cached across requests
 * in Next's data cache, keyed by their arguments, until content changes: the publish, unpublish and
 * delete hooks revalidate this tag (hooks/revalidatePortal.ts). Time-dependent lists also expire
 * on their own. Wrapped in React `cache()` too, so one render asks once.
 */
export const shared = <A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  revalidate: number | false = false,
) => cache(unstable_cache(read, [name], { tags: [PORTAL_DATA_TAG], revalidate }))

/**
 * Which localized fields of `shown` are in Chinese because the page's language has none: `own` is
 * the same document read without fallback (undefined on Chinese pages, where nothing falls back).
 * Every field counts unless `fields` narrows it (a list's cards: the section's `translated`).
 */
export const fallbackFields = <T extends object>(
  shown: T,
  own: Partial<T> | undefined,
  fields: (keyof T)[] = Object.keys(shown) as (keyof T)[],
): ReadonlySet<keyof T> =>
  new Set(
    own
      ? fields.filter(
          (field) => shown[field] != null && shown[field] !== '' && (own[field] == null || own[field] === ''),
        )
      : [],
  )

/**
 * In draft mode (live preview, turned on by app/next/preview for logged-in staff) the staff
 * member who asked, else nobody: detail pages then show the latest draft, read with that
 * user's access. Outside draft mode pages stay static and read as the public.
 */
export const previewUser = cache(async () => {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? (user ?? undefined) : undefined
})
