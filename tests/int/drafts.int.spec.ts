import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, graphql, rest, staffToken, unique } from '../helpers/payload'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = await staffToken(payload)
})

const collections = [
  ['parks', 'name', 'Parks'],
  ['policies', 'title', 'Policies'],
  ['events', 'title', 'Events'],
  ['cases', 'companyName', 'Cases'],
  ['industries', 'name', 'Industries'],
] as const

describe.each(collections)('drafts of %s', (collection, titleField, graphqlName) => {
  it('are hidden from anonymous readers on the Local API, REST and GraphQL, and shown to staff', async () => {
    const title = unique('草稿')
    const data = { [titleField]: title, ...(collection === 'events' ? { startsAt: '2027-05-01T01:00:00.000Z' } : {}) }
    const draft = await payload.create({ collection, locale: 'zh', data: data as never, draft: true })
    expect(draft._status).toBe('draft')

    const anonymous = await payload.find({ collection, where: { slug: { equals: draft.slug } }, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
    await expect(payload.findByID({ collection, id: draft.id, overrideAccess: false })).rejects.toThrow()

    const anonList = await rest('GET', `${collection}?where[slug][equals]=${draft.slug}&draft=true`)
    expect(anonList.status).toBe(200)
    expect(anonList.json?.totalDocs).toBe(0)
    const anonDoc = await rest('GET', `${collection}/${draft.id}?draft=true`)
    expect(anonDoc.status).toBe(404)

    const gql = await graphql(
      `{ ${graphqlName}(where: { slug: { equals: "${draft.slug}" } }, draft: true) { docs { id } } }`,
    )
    expect(gql.json.data?.[graphqlName]?.docs ?? []).toHaveLength(0)

    const staff = await rest('GET', `${collection}?where[slug][equals]=${draft.slug}&draft=true`, { token })
    expect(staff.json?.totalDocs).toBe(1)

    await payload.update({ collection, id: draft.id, data: { _status: 'published' } as never })
    const published = await rest('GET', `${collection}?where[slug][equals]=${draft.slug}`)
    expect(published.json?.totalDocs).toBe(1)
    expect(published.json?.docs[0][titleField]).toBe(title)
  })
})

describe('versions', () => {
  it('are not readable anonymously', async () => {
    const res = await rest('GET', 'parks/versions')
    expect([401, 403]).toContain(res.status)
    const staff = await rest('GET', 'parks/versions', { token })
    expect(staff.status).toBe(200)
  })
})
