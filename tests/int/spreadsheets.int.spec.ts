import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/schema/slug'
import { sqlRows } from '@/lib/server/sql'

import { getTestPayload, rest, staffToken, unique } from '../helpers/payload'
import { type ImportOptions, importCsv as importWith } from '../helpers/spreadsheets'

/**
 * Spreadsheets in and out (issue 29), through the REST API the admin's import and export drawers use:
 * a CSV of policies with both languages in one row, one bad row reported in the staff member's
 * language, everything imported as drafts, an update that leaves the live document alone, an
 * export of the same shape that imports back, and the plugin's endpoints closed to the public.
 */
let payload: Payload
let editor: string
let reviewer: string

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await staffToken(payload, 'editor')
  reviewer = await staffToken(payload, 'reviewer')
})

const importCsv = (csv: string, options: Partial<ImportOptions> = {}) => importWith(csv, { token: editor, ...options })

const byTitle = async (title: string, draft: boolean) =>
  (
    await payload.find({
      collection: 'policies',
      locale: 'all',
      draft,
      overrideAccess: draft,
      where: { title: { equals: title } },
    })
  ).docs as unknown as {
    id: number
    slug: string
    _status: string
    title: Record<string, string>
    summary: Record<string, string | null>
  }[]

describe('spreadsheets in', () => {
  it('imports policies with both languages in a row, as drafts, and reports a bad row in the staff member’s language', async () => {
    const stamp = unique('')
    const csv = [
      'title_zh,title_en,summary_zh,summary_en,category',
      `园区税收政策${stamp},Tax policy ${stamp},摘要一,Summary one,tax`,
      `错误政策${stamp},,摘要二,,not-a-category`,
      `用地政策${stamp},Land policy ${stamp},摘要三,,land`,
    ].join('\n')
    for (const [lang, message] of [
      ['zh', '下面的字段是无效的： 政策类别'],
      ['en', 'The following field is invalid: Category'],
    ] as const) {
      const { status, doc } = await importCsv(csv.replaceAll(stamp, `${stamp}${lang}`), { lang })
      expect(status).toBe(201)
      expect(doc?.status).toBe('partial')
      expect(doc?.summary).toMatchObject({ imported: 2, issues: 1, total: 3 })
      expect(doc?.summary.issueDetails).toEqual([expect.objectContaining({ row: 2, error: message })])
    }
    const [tax] = await byTitle(`园区税收政策${stamp}zh`, true)
    expect(tax).toMatchObject({
      _status: 'draft',
      title: { en: `Tax policy ${stamp}zh`, 'zh-hant': `園區税收政策${stamp}zh` },
    })
    expect(tax!.summary).toMatchObject({ zh: '摘要一', en: 'Summary one' })
    // The slug is proposed from the English title, as in the admin.
    expect(tax!.slug).toBe(slugify(`Tax policy ${stamp}zh`))
    expect(await byTitle(`错误政策${stamp}zh`, true)).toEqual([])
    // Nothing reaches the public.
    expect(await byTitle(`园区税收政策${stamp}zh`, false)).toEqual([])
  })

  it('refuses a file over the row limit as a whole, saying so in the staff member’s language', async () => {
    const rows = Array.from({ length: 201 }, (_, i) => `超长文件${i},Too long ${i}`)
    const { doc } = await importCsv(['title_zh,title_en', ...rows].join('\n'), { lang: 'zh' })
    expect(doc?.status).toBe('failed')
    expect(doc?.summary.issueDetails?.[0]?.error).toBe('文件有 201 行，一次最多导入 200 行：请分成几个文件。')
    expect(await byTitle('超长文件0', true)).toEqual([])
  })

  it('imports drafts whoever imports and whatever the file says about the status', async () => {
    const title = unique('发布政策')
    const { doc } = await importCsv(`title_zh,title_en,_status\n${title},Published?,published\n`, { token: reviewer })
    expect(doc?.summary).toMatchObject({ imported: 1, issues: 0 })
    expect((await byTitle(title, true))[0]?._status).toBe('draft')
    expect(await byTitle(title, false)).toEqual([])
  })

  it('an update of a published policy becomes its draft; the live one stays until a reviewer publishes', async () => {
    const title = unique('已发布政策')
    const live = await payload.create({
      collection: 'policies',
      locale: 'zh',
      data: { title, slug: unique('live-policy'), _status: 'published' },
    })
    const { doc } = await importCsv(`slug,title_zh,title_en\n${live.slug},改过的${title},Changed ${title}\n`, {
      mode: 'update',
    })
    expect(doc?.summary).toMatchObject({ updated: 1, issues: 0 })
    const now = await payload.findByID({ collection: 'policies', id: live.id, locale: 'zh' })
    expect(now).toMatchObject({ title, _status: 'published' })
    const draft = await payload.findByID({ collection: 'policies', id: live.id, locale: 'zh', draft: true })
    expect(draft.title).toBe(`改过的${title}`)
  })

  it('one file per language: the Chinese creates, the English (matched by slug) adds its language', async () => {
    const slug = unique('two-files')
    const zh = await importCsv(`slug,title_zh,summary_zh\n${slug},两份文件${slug},中文摘要\n`)
    expect(zh.doc?.summary).toMatchObject({ imported: 1, issues: 0 })
    const en = await importCsv(`slug,title_en,summary_en\n${slug},Two files,English summary\n`, { mode: 'update' })
    expect(en.doc?.summary).toMatchObject({ updated: 1, issues: 0 })
    const [doc] = await byTitle(`两份文件${slug}`, true)
    expect(doc).toMatchObject({ slug, title: { en: 'Two files' }, summary: { zh: '中文摘要', en: 'English summary' } })
  })
})

const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URI ?? '')

describe.skipIf(!onPostgres)(
  onPostgres ? 'imports on PostgreSQL' : 'imports on PostgreSQL (skipped: this project does not run on PostgreSQL)',
  () => {
    it('leave no transaction open (the plugin dropped the request’s transaction, and each import held a connection)', async () => {
      for (let i = 0; i < 3; i++) {
        expect((await importCsv(`title_zh,title_en\n${unique('连接')},Connection\n`)).doc?.status).toBe('completed')
      }
      const open = await sqlRows(payload, (sql) =>
        sql.raw(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'",
        ),
      )
      expect(open[0]?.n).toBe(0)
    })
  },
)

describe('spreadsheets out', () => {
  it('exports CSV of the same shape, without the system’s own fields, which imports back unchanged', async () => {
    const title = unique('导出政策')
    await importCsv(`title_zh,title_en,summary_zh,category\n${title},Exported ${title},导出摘要,finance\n`)
    const [created] = await byTitle(title, true)
    const exported = await rest('POST', 'exports/download', {
      token: editor,
      body: {
        data: {
          collectionSlug: 'policies',
          format: 'csv',
          locale: 'all',
          drafts: 'yes',
          where: { id: { equals: created!.id } },
        },
      },
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toContain('text/csv')
    const [header, row] = exported.text.trim().split('\n')
    const columns = header!.split(',')
    expect(columns).toEqual(expect.arrayContaining(['title_zh', 'title_en', 'summary_zh', 'category', 'slug']))
    for (const system of [
      'translationState',
      'zhComplete',
      'enComplete',
      'updatedBy',
      'reviewedTranslations',
      'slugByHand',
    ]) {
      expect(columns).not.toContain(system)
    }
    expect(row).toContain(title)
    const again = await importCsv(exported.text, { mode: 'update' })
    expect(again.doc?.summary).toMatchObject({ updated: 1, issues: 0 })
    const [after] = await byTitle(title, true)
    expect(after).toMatchObject({ slug: created!.slug, title: created!.title, summary: created!.summary })
  })
})
