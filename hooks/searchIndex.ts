import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { type Locale, locales } from '@/i18n/locales'
import { formatDocumentNumber } from '@/lib/portal/format'
import { indexTerms } from '@/lib/search/tokens'
import { isSection, type Section, SECTIONS } from '@/lib/sections'
import { inRequest } from '@/lib/server/inRequest'

type RichTextNode = { text?: string; children?: RichTextNode[] }

/** The words of a rich-text value (or a plain string), as plain text. */
const plain = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const parts: string[] = []
  const walk = (node: RichTextNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    for (const child of node.children ?? []) walk(child)
    if (node.children?.length) parts.push(' ')
  }
  walk((value as { root?: RichTextNode }).root ?? (value as RichTextNode))
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** A field's text as the page in `locale` shows it: document numbers in their English form on English pages. */
const shown = (field: string, value: unknown, locale: Locale) =>
  field === 'documentNumber' ? formatDocumentNumber(plain(value), locale) : plain(value)

const at = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)

/** Removes a document's entries (all locales). */
async function remove(payload: Payload, section: Section, id: string | number, req?: PayloadRequest) {
  await payload.delete({
    collection: 'search-index',
    where: { and: [{ section: { equals: section } }, { docId: { equals: String(id) } }] },
    overrideAccess: true,
    req,
  })
}

/** (Re)writes a published document's entries, one per locale, as the public reads it (with fallback). */
export async function indexDocument(payload: Payload, section: Section, id: string | number, req?: PayloadRequest) {
  if (req) await inRequest(req, (req) => writeEntries(payload, section, id, req))
  else await writeEntries(payload, section, id)
}

async function writeEntries(payload: Payload, section: Section, id: string | number, req?: PayloadRequest) {
  await remove(payload, section, id, req)
  const record = SECTIONS[section]
  for (const locale of locales) {
    const doc = (await payload
      .findByID({
        collection: section,
        id,
        locale,
        depth: 0,
        draft: false,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null)) as (Record<string, unknown> & { _status?: string; slug?: string }) | null
    if (!doc || doc._status !== 'published' || !doc.slug) return
    const title = plain(doc[record.titleField])
    // Nothing to find in a language the document has no title in.
    if (!title) continue
    const fields: readonly string[] = record.searchFields.filter((field) => field !== record.titleField)
    const body = record.translated.filter((field) => field !== record.titleField && !fields.includes(field))
    const text = [
      title,
      ...fields.map((field) => shown(field, at(doc, field), locale)),
      ...body.map((field) => plain(doc[field])),
    ]
      .filter(Boolean)
      .join(' · ')
      .slice(0, 20_000)
    await payload.create({
      collection: 'search-index',
      data: {
        section,
        locale,
        docId: String(id),
        slug: doc.slug,
        title,
        summary: plain(doc.summary ?? doc.description).slice(0, 500),
        text,
        // Found by the number as issued too, though shown in the page's language ("Gan Fu Fa [2024] No. 11").
        terms: indexTerms(`${text} ${plain(doc.documentNumber)}`),
      },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * After a save: a published document is (re)indexed in every locale; one that is not published
 * (unpublished, or a draft of a never-published one) is taken out. A draft saved over a published
 * document changes nothing the public reads: the index keeps the published text.
 * A script that saves a document twice in a row (one language, then the other) passes
 * `context.indexLater` on the first save.
 */
export const indexOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSection(collection.slug) || req.context?.draftSave || req.context?.indexLater) return doc
  if ((doc as { _status?: string })._status === 'published')
    await indexDocument(req.payload, collection.slug, doc.id, req)
  else await remove(req.payload, collection.slug, doc.id, req)
  return doc
}

export const removeOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isSection(collection.slug)) await remove(req.payload, collection.slug, doc.id, req)
  return doc
}
