import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { removeEmptyDrafts } from '@/lib/emptyDrafts'
import { remindReviewers } from '@/lib/review/reminders'

import { rest } from '../helpers/payload'
import { reviewKit } from '../helpers/review'
import { type ReceivedMail, startSmtp } from '../helpers/smtp'

/**
 * Review as a flow, around the clock: reviewers are reminded of what waits longer than a working
 * day, and untouched empty drafts are removed.
 */
const kit = reviewKit()
const { tokens, ids, newsDraft, submit } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})

describe('reviewers are reminded of what waits longer than a working day', () => {
  const mails: ReceivedMail[] = []
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
  beforeAll(async () => {
    smtp = await startSmtp(mails)
    return async () => {
      await smtp?.stop()
      await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
    }
  })

  it('keeps the working calendar as data only administrators change, with a localized error for a day that is none', async () => {
    const days = [{ date: '2026-12-04', kind: 'holiday', name: '测试假日' }]
    expect((await rest('POST', 'globals/working-calendar', { token: tokens.editor, body: { days } })).status).toBe(403)
    expect((await rest('GET', 'globals/working-calendar')).status).toBe(403)
    for (const [date, lang, text] of [
      ['2026-02-30', 'zh', /真实的日期/],
      ['7 Dec 2026', 'en', /Enter a real date as YYYY-MM-DD/],
    ] as const) {
      const bad = await rest('POST', 'globals/working-calendar', {
        token: tokens.admin,
        body: { days: [{ date }] },
        lang,
      })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.json)).toMatch(text)
    }
    const saved = await rest('POST', 'globals/working-calendar', { token: tokens.admin, body: { days } })
    expect(saved.status).toBe(200)
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
  })

  it('mails the reviewers once a working day, counting holidays from the calendar', async () => {
    const sendAt = async (submittedAt: string) => {
      const draft = await newsDraft()
      const request = (await submit({ target: 'news', documentId: draft.id })).json?.doc
      await payload.update({
        collection: 'review-requests',
        id: request.id,
        data: { submittedAt },
        context: { reviewSystem: true },
      })
      return draft.title
    }
    // Monday 7 December 2026, 10:00 in Beijing. Sent Thursday: late (the end of Friday has passed);
    // sent Friday afternoon: not yet (it has until the end of Monday).
    const monday = new Date('2026-12-07T10:00:00+08:00')
    const thursday = await sendAt('2026-12-03T10:00:00+08:00')
    const friday = await sendAt('2026-12-04T15:00:00+08:00')

    // With Friday a holiday, Thursday's has until the end of Monday too: nobody is mailed.
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [{ date: '2026-12-04', kind: 'holiday' }] } })
    expect(await remindReviewers(payload, monday)).toBe(0)
    // Nor on a Sunday.
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: [] } })
    expect(await remindReviewers(payload, new Date('2026-12-06T10:00:00+08:00'))).toBe(0)

    mails.length = 0
    expect(await remindReviewers(payload, monday)).toBe(1)
    await expect.poll(() => mails.length).toBe(1)
    const [mail] = mails
    expect(mail!.subject).toBe('1 项内容等待审核已超过一个工作日')
    expect(mail!.text).toContain(thursday)
    expect(mail!.text).not.toContain(friday)
    expect(mail!.text).toMatch(/\/admin\/collections\/news\/\d+/)
    const reviewer = (await payload.findByID({ collection: 'users', id: ids.reviewer })).email
    expect(mail!.to).toContain(reviewer)
    // Once a day: again the same day, nothing; the next working day, both.
    expect(await remindReviewers(payload, new Date('2026-12-07T16:00:00+08:00'))).toBe(0)
    expect(await remindReviewers(payload, new Date('2026-12-08T10:00:00+08:00'))).toBe(2)
  })
})

describe('no empty records', () => {
  it('removes untitled drafts untouched for a day, and nothing with a title in any language or ever published', async () => {
    const empty = await payload.create({ collection: 'parks', data: {} as never, draft: true, locale: 'zh' })
    const english = await payload.create({ collection: 'parks', data: {} as never, draft: true, locale: 'zh' })
    await payload.update({
      collection: 'parks',
      id: english.id,
      locale: 'en',
      draft: true,
      data: { name: 'An English draft' } as never,
    })
    const fresh = await payload.create({ collection: 'news', data: {} as never, draft: true, locale: 'zh' })
    const later = new Date(Date.now() + 25 * 3600_000)
    // A draft touched within the day stays.
    expect(await removeEmptyDrafts(payload, new Date(Date.now() + 3600_000))).toBe(0)
    const removed = await removeEmptyDrafts(payload, later)
    expect(removed).toBeGreaterThanOrEqual(2)
    const exists = async (collection: 'parks' | 'news', id: number | string) =>
      (await payload.find({ collection, where: { id: { equals: id } }, draft: true, overrideAccess: true })).totalDocs
    expect(await exists('parks', empty.id)).toBe(0)
    expect(await exists('news', fresh.id)).toBe(0)
    expect(await exists('parks', english.id)).toBe(1)
  })
})
