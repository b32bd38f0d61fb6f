import type { Payload } from 'payload'

import { adminText } from '@/i18n/admin'

import { language } from './answers'

/**
 * DELETE /api/payload-preferences/:key, done here: Payload 3.90.1's own handler deletes with a
 * filter on the preference's polymorphic `user` that its SQL adapters turn into a query naming a
 * table alias they never joined, so every such request is a 500 on SQLite. The same rule (a signed-in
 * user deletes their own preference by its key), through a find and a delete by id.
 */
export async function deletePreference(payload: Payload, request: Request, key: string): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  const t = (key: 'api:notSignedIn' | 'api:noSuchDocument' | 'api:deleted') => adminText(language(request), key)
  if (!user) return Response.json({ errors: [{ message: t('api:notSignedIn') }] }, { status: 401 })
  const { docs } = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const preference = docs[0]
  if (!preference) return Response.json({ errors: [{ message: t('api:noSuchDocument') }] }, { status: 404 })
  await payload.delete({ collection: 'payload-preferences', id: preference.id, overrideAccess: true })
  return Response.json({ message: t('api:deleted') }, { status: 200 })
}
