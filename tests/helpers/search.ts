import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { searchPortal } from '@/lib/portal/search'

import { getTestPayload } from './payload'

/** A rich-text body of one paragraph. */
export const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

/** A published document in both languages, as a reviewer would leave it. */
export async function publish<C extends 'parks' | 'policies' | 'industries'>(
  payload: Payload,
  collection: C,
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const doc = await payload.create({
    collection,
    data: { ...zh, _status: 'published' } as never,
    locale: 'zh',
    overrideAccess: true,
  })
  await payload.update({
    collection,
    id: doc.id,
    data: { ...en, _status: 'published' } as never,
    locale: 'en',
    overrideAccess: true,
  })
  return doc
}

/** The titles of a page of search results, in order. */
export const titles = (page: Awaited<ReturnType<typeof searchPortal>>) => page.results.map((result) => result.title)

/** Payload for the calling file's tests, and `publish` on it. */
export function searchKit() {
  let payload: Payload | undefined
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  const kit = {
    get payload(): Payload {
      if (!payload) throw new Error('searchKit: used before its beforeAll ran')
      return payload
    },
    publish: <C extends 'parks' | 'policies' | 'industries'>(
      collection: C,
      zh: Record<string, unknown>,
      en: Record<string, unknown>,
    ) => publish(kit.payload, collection, zh, en),
  }
  return kit
}
