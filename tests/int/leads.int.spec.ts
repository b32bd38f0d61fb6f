import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { markOverdueEnquiries } from '@/lib/enquiries/overdue'
import { issueFormToken } from '@/lib/forms/token'
import { beijingDay } from '@/lib/workdays'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'
import { type ReceivedMail, startSmtp } from '../helpers/smtp'

/**
 * Leads with owners and deadlines (issue 29): sector teams, an enquiry routed to the team of its
 * industry and to its least-loaded officer, a reply date in working days, overdue marked and
 * mailed to the team lead, and the CSV carrying all of it.
 */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
const mails: ReceivedMail[] = []
const tokens = { editor: '', reviewer: '', officerA: '', officerB: '', lead: '' }
const ids: Record<keyof typeof tokens, number | string> = { editor: 0, reviewer: 0, officerA: 0, officerB: 0, lead: 0 }
let industry: { id: number | string; slug: string }
let team: { id: number | string }

const me = async (token: string) => (await rest('GET', 'users/me', { token })).json?.user?.id as number | string
const emailOf = async (id: number | string) => (await payload.findByID({ collection: 'users', id })).email

const submit = async (company: string) => {
  const response = await rest('POST', 'enquiries/submit', {
    headers: {
      'x-portal-client-address': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
    body: {
      company,
      contactName: '陈经理',
      email: 'chen@sz-electronics.example',
      industry: industry.slug,
      message: '想了解电子信息产业园的标准厂房。',
      consent: 'on',
      locale: 'zh',
      startedAt: issueFormToken(payload.secret, Date.now() - 60_000),
    },
  })
  expect(response.status).toBe(201)
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { reference: { equals: response.json?.reference } },
    depth: 0,
  })
  return docs[0]!
}

beforeAll(async () => {
  payload = await getTestPayload()
  smtp = await startSmtp(mails)
  for (const name of Object.keys(tokens) as (keyof typeof tokens)[]) {
    tokens[name] = await staffToken(payload, name === 'reviewer' || name === 'lead' ? 'reviewer' : 'editor')
    ids[name] = await me(tokens[name])
  }
  const slug = unique('test-industry')
  industry = await payload.create({
    collection: 'industries',
    locale: 'zh',
    data: { name: unique('测试产业'), slug, _status: 'published' } as never,
  })
  await payload.updateGlobal({ slug: 'working-calendar', data: { enquiryReplyDays: 3 } })
})

afterAll(async () => {
  await smtp?.stop()
  await payload.updateGlobal({ slug: 'working-calendar', data: { enquiryReplyDays: 1 } })
})

describe('sector teams', () => {
  it('are kept by reviewers; the public reads names and public contacts, never the accounts behind them', async () => {
    const data = {
      name: unique('电子信息招商组'),
      industries: [industry.id],
      lead: ids.lead,
      officers: [
        { name: '张女士', title: '招商专员', phone: '0797-1234567', email: 'zhang@bureau.example', user: ids.officerA },
        { name: '李先生', phone: '0797-7654321', user: ids.officerB },
      ],
    }
    expect((await rest('POST', 'teams', { token: tokens.editor, body: data })).status).toBe(403)
    const created = await rest('POST', 'teams', { token: tokens.reviewer, body: data })
    expect(created.status).toBe(201)
    team = created.json?.doc

    const seen = (await rest('GET', `teams/${team.id}?depth=0`)).json
    expect(seen?.name).toBe(data.name)
    expect(seen?.officers?.map((o: { name: string }) => o.name)).toEqual(['张女士', '李先生'])
    expect(seen?.officers?.[0]?.email).toBe('zhang@bureau.example')
    expect(seen).not.toHaveProperty('lead')
    for (const officer of seen?.officers ?? []) expect(officer).not.toHaveProperty('user')
    const staff = (await rest('GET', `teams/${team.id}?depth=0`, { token: tokens.editor })).json
    expect(staff?.lead).toBe(ids.lead)
  })
})

describe('an enquiry lands with an owner and a reply date', () => {
  it('goes to the team of its industry, to the officer with the fewest new enquiries, due in 3 working days', async () => {
    // A tie goes to the officer listed first (A); then B has fewer; then a tie again.
    const first = await submit(unique('深圳电子'))
    const second = await submit(unique('东莞电子'))
    const third = await submit(unique('惠州电子'))
    expect(first).toMatchObject({ team: team.id, assignee: ids.officerA, overdue: false })
    expect(second).toMatchObject({ team: team.id, assignee: ids.officerB })
    expect(third).toMatchObject({ team: team.id, assignee: ids.officerA })
    // Due at the end of a Beijing working day, three working days after the day it came.
    const due = new Date(first.dueAt!)
    expect(due.getTime() - new Date(first.createdAt).getTime()).toBeGreaterThan(3 * 86_400_000 - 86_400_000)
    expect(beijingDay(due.getTime() + 1)).not.toBe(beijingDay(due))
  })

  it('is marked overdue when its date passes, its team lead mailed once a working day; contact lifts the mark', async () => {
    const enquiry = await submit(unique('赣州来电'))
    await payload.update({ collection: 'enquiries', id: enquiry.id, data: { dueAt: '2026-12-02T15:59:59.999Z' } })
    const monday = new Date('2026-12-07T10:00:00+08:00')

    // The overdue emails (the enquiry's own receipt and staff email carry its reference too).
    const overdueMails = () => mails.filter((m) => /答复期限/.test(m.subject) && m.text.includes(enquiry.reference))
    const run = await markOverdueEnquiries(payload, monday)
    expect(run.marked).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'enquiries', id: enquiry.id })).overdue).toBe(true)
    await expect.poll(() => overdueMails().length).toBe(1)
    const mail = overdueMails()[0]!
    expect(mail.to).toEqual([await emailOf(ids.lead)])
    expect(mail.subject).toMatch(/已超过答复期限仍未联系/)
    expect(mail.text).toMatch(new RegExp(`/admin/collections/enquiries/${enquiry.id}`))

    // The same day again: not mailed twice. A Sunday: nobody mailed.
    expect((await markOverdueEnquiries(payload, new Date('2026-12-07T15:00:00+08:00'))).mailed).toBe(0)
    expect((await markOverdueEnquiries(payload, new Date('2026-12-13T10:00:00+08:00'))).mailed).toBe(0)

    const contacted = await rest('PATCH', `enquiries/${enquiry.id}`, {
      token: tokens.editor,
      body: { status: 'contacted' },
    })
    expect(contacted.status).toBe(200)
    expect(contacted.json?.doc?.overdue).toBe(false)

    // The CSV carries team, reply date and the mark, in the reader's language.
    const csv = await rest('GET', `enquiries/export?where[reference][equals]=${enquiry.reference}`, {
      token: tokens.editor,
      lang: 'en',
    })
    expect(csv.status).toBe(200)
    const [header, row] = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)
    expect(header).toContain('Team')
    expect(header).toContain('Reply due')
    expect(header).toContain('Overdue')
    expect(row).toContain((await payload.findByID({ collection: 'teams', id: team.id })).name)
  })
})
