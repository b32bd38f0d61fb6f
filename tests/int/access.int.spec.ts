import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SECTIONS, sections } from '@/lib/sections'

import { accessKit, extra, type Role, roles } from '../helpers/access'
import { rest, unique } from '../helpers/payload'

/**
 * The access matrix through Payload's REST handlers: every content collection × anonymous /
 * editor / reviewer / admin × each operation, each cell asserting allowed or refused, and that a
 * refused operation changed nothing.
 */
const kit = accessKit()
const { tokens, fixture, statusOf } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

// Every public section of the registry, by the field that names its documents.
const content = sections.map((section) => [section, SECTIONS[section].titleField] as const)

const ops = [
  'readPublished',
  'readDraft',
  'createDraft',
  'createPublished',
  'saveDraftOfLive',
  'editLiveInPlace',
  'publish',
  'unpublish',
  'deleteDraft',
  'deletePublished',
  'readVersions',
] as const
type Op = (typeof ops)[number]

const publisher = Object.fromEntries(ops.map((op) => [op, true])) as Record<Op, boolean>
const expected: Record<Role, Record<Op, boolean>> = {
  anonymous: { ...Object.fromEntries(ops.map((op) => [op, false])), readPublished: true } as Record<Op, boolean>,
  editor: {
    ...publisher,
    createPublished: false,
    editLiveInPlace: false,
    publish: false,
    unpublish: false,
    deletePublished: false,
  },
  reviewer: publisher,
  admin: publisher,
}

describe.each(content)('access to %s', (collection, field) => {
  it.each(roles)('as %s, each operation is allowed or refused as the role says', async (role) => {
    const token = tokens[role]
    const allowed = expected[role]
    const [published, draft, live, toUnpublish, draftToDelete, publishedToDelete] = await Promise.all([
      fixture(collection, field, 'published'),
      fixture(collection, field, 'draft'),
      fixture(collection, field, 'published'),
      fixture(collection, field, 'published'),
      fixture(collection, field, 'draft'),
      fixture(collection, field, 'published'),
    ])
    const outcome: Partial<Record<Op, boolean>> = {}

    outcome.readPublished = (await rest('GET', `${collection}/${published}`, { token })).status === 200
    outcome.readDraft = (await rest('GET', `${collection}/${draft}?draft=true`, { token })).status === 200

    const draftBody: Record<string, unknown> = { [field]: unique('新草稿'), _status: 'draft', ...extra(collection) }
    const createdDraft = await rest('POST', `${collection}?draft=true`, { token, body: draftBody })
    outcome.createDraft = createdDraft.status === 201

    const publishedBody: Record<string, unknown> = {
      [field]: unique('直接发布'),
      _status: 'published',
      ...extra(collection),
    }
    const createdPublished = await rest('POST', collection, { token, body: publishedBody })
    outcome.createPublished = createdPublished.status === 201
    if (!outcome.createPublished) {
      expect(
        (await payload.count({ collection, where: { [field]: { equals: publishedBody[field] } } })).totalDocs,
      ).toBe(0)
    }

    // A draft over a live document: the public keeps seeing the published version.
    const draftTitle = unique('修改草稿')
    const savedDraft = await rest('PATCH', `${collection}/${live}?draft=true`, {
      token,
      body: { [field]: draftTitle, _status: 'draft' },
    })
    outcome.saveDraftOfLive = savedDraft.status === 200
    const publicView = await rest('GET', `${collection}/${live}`)
    expect(publicView.json?.[field]).not.toBe(draftTitle)
    expect(await statusOf(collection, live)).toBe('published')

    const inPlace = await rest('PATCH', `${collection}/${live}`, { token, body: { [field]: unique('直接修改') } })
    outcome.editLiveInPlace = inPlace.status === 200

    const publish = await rest('PATCH', `${collection}/${draft}`, { token, body: { _status: 'published' } })
    outcome.publish = publish.status === 200
    expect(await statusOf(collection, draft)).toBe(outcome.publish ? 'published' : 'draft')

    const unpublish = await rest('PATCH', `${collection}/${toUnpublish}`, { token, body: { _status: 'draft' } })
    outcome.unpublish = unpublish.status === 200
    expect(await statusOf(collection, toUnpublish)).toBe(outcome.unpublish ? 'draft' : 'published')

    outcome.deleteDraft = (await rest('DELETE', `${collection}/${draftToDelete}`, { token })).status === 200
    expect(await statusOf(collection, draftToDelete)).toBe(outcome.deleteDraft ? undefined : 'draft')
    outcome.deletePublished = (await rest('DELETE', `${collection}/${publishedToDelete}`, { token })).status === 200
    expect(await statusOf(collection, publishedToDelete)).toBe(outcome.deletePublished ? undefined : 'published')

    outcome.readVersions = (await rest('GET', `${collection}/versions?limit=1`, { token })).status === 200

    expect(outcome).toEqual(allowed)
  })
})
