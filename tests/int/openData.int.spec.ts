import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { type Dataset, datasetNames, DATASETS, isDataset, readDataset } from '@/lib/openData/datasets'
import { datasetText, describe as describeField, parseFileName } from '@/lib/openData/files'
import { PUBLIC } from '@/lib/portal/data/read'

import { getTestPayload, slugFromHook, unique } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const publishedCount = async (name: keyof typeof DATASETS) =>
  (await payload.count({ collection: DATASETS[name].collection, ...PUBLIC })).totalDocs

describe('open data', () => {
  it('holds every published document of each dataset, one column per dictionary entry, in every language', async () => {
    for (const name of datasetNames) {
      const published = await publishedCount(name)
      expect(published, name).toBeGreaterThan(0)
      for (const locale of locales) {
        const dataset = await readDataset(payload, name, locale)
        expect(dataset.rows, `${name} ${locale}`).toHaveLength(published)
        const keys = dataset.columns.map((column) => column.key)
        for (const row of dataset.rows) expect(Object.keys(row)).toEqual(keys)
        // Each column is described in the file's language, not left as its key.
        for (const key of keys) expect(describeField(locale, name, key), `${name}.${key}`).not.toBe(key)
        expect(dataset.lastChange).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
    }
  })

  it('leaves drafts out until they are published', async () => {
    const name = `开放数据测试园区 ${unique()}`
    const draft = await payload.create({
      collection: 'parks',
      draft: true,
      data: slugFromHook({ name, _status: 'draft' as const }),
    })
    const names = async () => (await readDataset(payload, 'parks', 'zh')).rows.map((row) => row.name)
    expect(await names()).not.toContain(name)
    await payload.update({ collection: 'parks', id: draft.id, data: { _status: 'published' } })
    expect(await names()).toContain(name)
    await payload.delete({ collection: 'parks', id: draft.id })
    expect(await names()).not.toContain(name)
  })

  it('writes CSV a spreadsheet reads back (lists in one cell, formulas kept as text) and JSON with its dictionary', async () => {
    for (const locale of locales) {
      const parks = await readDataset(payload, 'parks', locale)
      const csv = await datasetText(parks, 'csv', locale, null)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[]
      expect(records).toHaveLength(parks.rows.length)
      expect(Object.keys(records[0]!)).toEqual(parks.columns.map((column) => column.key))
      for (const [i, row] of parks.rows.entries()) {
        // A park published without a name in this language or Chinese (other tests make some) is an empty cell.
        expect(records[i]!.name).toBe(row.name ?? '')
        expect(records[i]!.leadIndustries).toBe((row.leadIndustries as string[]).join('; '))
      }
      const json = JSON.parse(await datasetText(parks, 'json', locale, 'CC BY 4.0')) as {
        language: string
        licence: string
        fields: { name: string; description: string }[]
        rows: unknown[]
      }
      expect(json).toMatchObject({ language: locale, licence: 'CC BY 4.0' })
      expect(json.fields.map((field) => field.name)).toEqual(parks.columns.map((column) => column.key))
      expect(json.rows).toEqual(parks.rows)
    }
    // Whatever a cell begins with, a spreadsheet shows it as text and the CSV stays one row per record.
    const hostile: Dataset = {
      name: 'policies',
      columns: [
        { key: 'title', kind: 'text' },
        { key: 'benefits', kind: 'list' },
      ],
      rows: ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', 'a,"b"\nc'].map((title) => ({ title, benefits: [title, 'x'] })),
      lastChange: null,
    }
    const records = parse((await datasetText(hostile, 'csv', 'en', null)).slice(1), { columns: true }) as Record<
      string,
      string
    >[]
    expect(records).toHaveLength(hostile.rows.length)
    for (const [i, record] of records.entries()) {
      const title = hostile.rows[i]!.title as string
      expect(record.title).toBe(/^[=+\-@\t]/.test(title) ? `'${title}` : title)
      expect(record.benefits!.startsWith("'") || !/^[=+\-@\t]/.test(record.benefits!)).toBe(true)
    }
  })

  it('names its files and nothing else', () => {
    expect(parseFileName('parks.csv', isDataset)).toEqual({ name: 'parks', format: 'csv' })
    expect(parseFileName('events.json', isDataset)).toEqual({ name: 'events', format: 'json' })
    for (const file of ['users.csv', 'parks.xlsx', 'parks.csv.json', '../parks.csv', 'PARKS.CSV', '', 'parks'])
      expect(parseFileName(file, isDataset), file).toBeUndefined()
  })
})
