import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { enquiryKit } from '../helpers/enquiries'
import { graphql, rest, staffToken, unique } from '../helpers/payload'

/**
 * Who may see and change enquiries (REST, GraphQL, the Local API, the CSV export), and the
 * retention the privacy notice promises.
 */
const kit = enquiryKit()
const { valid, submit, stored } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

describe('who may see and change enquiries', () => {
  let id: number | string
  let reference: string
  beforeAll(async () => {
    reference = (await submit(valid({ company: `访问测试 ${unique()}` }))).json?.reference
    id = (await stored(reference))!.id
  })

  it('refuses anonymous reads, lists, creates, updates and deletes on REST', async () => {
    expect((await rest('GET', 'enquiries')).status).toBe(403)
    expect((await rest('GET', `enquiries/${id}`)).status).toBe(403)
    expect(
      (await rest('POST', 'enquiries', { body: { company: 'x', contactName: 'y', reference: 'GZ-1' } })).status,
    ).toBe(403)
    expect((await rest('PATCH', `enquiries/${id}`, { body: { status: 'closed' } })).status).toBe(403)
    expect((await rest('DELETE', `enquiries/${id}`)).status).toBe(403)
    expect((await rest('GET', 'enquiries/export')).status).toBe(403)
    expect((await stored(reference))?.status).toBe('new')
  })

  it('refuses anonymous reads and writes on GraphQL', async () => {
    const list = await graphql('{ Enquiries { docs { company email } } }')
    expect(list.json.data?.Enquiries ?? null).toBeNull()
    expect(list.json.errors?.length).toBeGreaterThan(0)
    const update = await graphql(
      `mutation { updateEnquiry(id: ${JSON.stringify(id)}, data: { status: closed }) { status } }`,
    )
    expect(update.json.errors?.length).toBeGreaterThan(0)
    const remove = await graphql(`mutation { deleteEnquiry(id: ${JSON.stringify(id)}) { id } }`)
    expect(remove.json.errors?.length).toBeGreaterThan(0)
    expect(await stored(reference)).toBeTruthy()
  })

  it('refuses the Local API without a user when access is enforced', async () => {
    await expect(payload.find({ collection: 'enquiries', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'enquiries',
        overrideAccess: false,
        data: { company: 'x', contactName: 'y', reference: 'GZ-0000-000000', status: 'new' },
      }),
    ).rejects.toThrow()
  })

  it('lets an editor read and move an enquiry on, but not create or delete one', async () => {
    const token = await staffToken(payload, 'editor')
    const list = await rest('GET', `enquiries?where[reference][equals]=${reference}`, { token })
    expect(list.status).toBe(200)
    expect(list.json?.docs[0]?.company).toMatch(/^访问测试/)
    expect(list.json?.docs[0]).not.toHaveProperty('ipHash')

    const moved = await rest('PATCH', `enquiries/${id}`, {
      token,
      body: { status: 'contacted', notes: [{ text: '已电话联系，约下周考察。' }] },
    })
    expect(moved.status).toBe(200)
    expect(moved.json?.doc.status).toBe('contacted')
    expect(moved.json?.doc.contactedAt).toBeTruthy()
    expect(moved.json?.doc.notes[0].author).toBeTruthy()
    expect(moved.json?.doc.notes[0].date).toBeTruthy()

    const forged = await rest('PATCH', `enquiries/${id}`, { token, body: { reference: 'GZ-2000-000001' } })
    expect(forged.json?.doc?.reference ?? reference).toBe(reference)

    expect((await rest('POST', 'enquiries', { token, body: { company: 'x', contactName: 'y' } })).status).toBe(403)
    expect((await rest('DELETE', `enquiries/${id}`, { token })).status).toBe(403)
    expect(await stored(reference)).toBeTruthy()
  })

  it('exports the filtered list as CSV for staff, with formulas neutralised', async () => {
    const company = `=HYPERLINK("http://evil.example") ${unique()}`
    const ref = (await submit(valid({ company }))).json?.reference as string
    const token = await staffToken(payload, 'reviewer')
    const csv = await rest('GET', `enquiries/export?where[reference][equals]=${ref}`, { token, lang: 'en' })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toMatch(/^Reference,Received \(Beijing time\),Status,Company/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(ref)
    const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(
      new Date(),
    )
    expect(lines[1]).toMatch(new RegExp(`^${ref},${beijing} \\d{2}:\\d{2},`))
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")`)
    const zh = await rest('GET', `enquiries/export?where[reference][equals]=${ref}`, { token, lang: 'zh' })
    expect(zh.text).toMatch(/^咨询编号,提交时间（北京时间）,状态,企业名称/)
  })

  it('lets only an administrator delete an enquiry', async () => {
    const reviewer = await staffToken(payload, 'reviewer')
    expect((await rest('DELETE', `enquiries/${id}`, { token: reviewer })).status).toBe(403)
    const admin = await staffToken(payload, 'admin')
    expect((await rest('DELETE', `enquiries/${id}`, { token: admin })).status).toBe(200)
    expect(await stored(reference)).toBeUndefined()
  })
})

describe('retention (the privacy notice’s promise)', () => {
  it('anonymises enquiries older than the retention in site settings, daily, and leaves newer ones alone', async () => {
    const months = (await payload.findGlobal({ slug: 'site-settings' })).retentionMonths ?? 24
    const monthsAgo = (n: number) => {
      const date = new Date()
      date.setMonth(date.getMonth() - n)
      return date.toISOString()
    }
    const make = (createdAt: string, name: string) =>
      payload.create({
        collection: 'enquiries',
        data: {
          reference: unique('RET').slice(0, 20),
          company: `${name} 有限公司`,
          contactName: name,
          phone: '+86 138 0000 0000',
          email: `${name}@example.com`,
          message: '想了解园区厂房租金。',
          consent: true,
          locale: 'zh',
          notes: [{ text: '已电话联系张经理' }],
          createdAt,
        } as never,
      })
    const old = await make(monthsAgo(months + 1), unique('old'))
    const recent = await make(monthsAgo(months - 1), unique('recent'))

    // The job is scheduled daily on the queue that autoRun works through.
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'anonymiseEnquiries')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '0 30 3 * * *', queue: 'default' })
    await payload.jobs.queue({ task: 'anonymiseEnquiries', input: {} })
    await payload.jobs.run({ queue: 'default', limit: 10 })

    const [oldNow, recentNow] = await Promise.all(
      [old.id, recent.id].map((id) => payload.findByID({ collection: 'enquiries', id, depth: 0 })),
    )
    if (!oldNow || !recentNow) throw new Error('enquiries gone')
    expect(oldNow).toMatchObject({ company: '—', contactName: '—', phone: null, email: null, message: null })
    expect(oldNow.notes ?? []).toHaveLength(0)
    expect(oldNow.anonymisedAt).toBeTruthy()
    expect(oldNow.reference).toBe(old.reference)
    expect(recentNow).toMatchObject({ contactName: recent.contactName, email: recent.email, message: recent.message })
    expect(recentNow.anonymisedAt ?? null).toBeNull()
  })
})
