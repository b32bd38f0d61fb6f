import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { isGlobalTarget, type ReviewTarget } from './targets'

/**
 * The id of a document's (or global's) newest version, or of its newest published one, read as
 * `user` (their access applies); undefined when it has none.
 */
export async function newestVersionId(
  payload: Payload,
  target: ReviewTarget,
  documentId: string | null | undefined,
  { user, req, published = false }: { user: TypedUser | null | undefined; req?: PayloadRequest; published?: boolean },
) {
  const status: Where = published ? { 'version._status': { equals: 'published' } } : {}
  const options = { sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: false, user, req } as const
  const { docs } = isGlobalTarget(target)
    ? await payload.findGlobalVersions({ slug: target, where: status, ...options })
    : await payload.findVersions({
        collection: target,
        where: { and: [{ parent: { equals: documentId } }, status] },
        ...options,
      })
  const id = docs[0]?.id
  return id == null ? undefined : String(id)
}
