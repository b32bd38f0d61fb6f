import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchPortal } from '@/lib/portal/search'

import { unique } from '../helpers/payload'
import { paragraph, searchKit, titles } from '../helpers/search'

const kit = searchKit()
const { publish } = kit
let payload: Payload
beforeAll(() => {
  payload = kit.payload
})
describe('search reads an index kept up to date by publishing', () => {
  const tag = unique('s').replace(/[^a-z0-9]/g, '')
  let park: { id: number | string }

  beforeAll(async () => {
    park = await publish(
      'parks',
      {
        name: `赣南电子信息产业园区${tag}`,
        summary: '聚焦稀土永磁与电子元器件的示例园区。',
        body: paragraph('园区提供标准厂房。'),
      },
      {
        name: `Gannan Electronics Industrial Parks ${tag}`,
        summary: 'A sample park for rare earth magnets.',
        body: paragraph('Standard factory buildings.'),
      },
    )
  })

  it('finds Chinese words inside longer text: 园区, 电子信息, 稀土', async () => {
    for (const query of ['园区', '电子信息', '稀土', `电子信息 ${tag}`]) {
      expect(titles(await searchPortal('zh', query)), query).toContain(`赣南电子信息产业园区${tag}`)
    }
    expect(titles(await searchPortal('zh', `信电 ${tag}`))).toEqual([])
  })

  it('finds English by word prefix and plural, in the English text', async () => {
    for (const query of [`rare earth ${tag}`, `industri ${tag}`, `park ${tag}`, `GANNAN ${tag}`]) {
      expect(titles(await searchPortal('en', query)), query).toEqual([`Gannan Electronics Industrial Parks ${tag}`])
    }
  })

  it('ranks title matches first and marks the matches in a snippet', async () => {
    const word = `quokka${tag}`
    await publish(
      'policies',
      { title: `政策甲 ${word}`, summary: '示例' },
      { title: `Policy A ${word}`, summary: 'Sample' },
    )
    await publish(
      'policies',
      { title: `政策乙${tag}`, summary: `摘要里提到 ${word} 的示例政策。` },
      { title: `Policy B ${tag}`, summary: `A sample that mentions ${word} in its summary.` },
    )
    const found = await searchPortal('en', word)
    expect(titles(found)).toEqual([`Policy A ${word}`, `Policy B ${tag}`])
    expect(found.results[1]?.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual([word])
    expect(found.results[1]?.snippet.map((part) => part.text).join('')).toContain('in its summary')
  })

  it('filters by section and pages through results', async () => {
    const word = `pager${tag}`
    for (let i = 0; i < 23; i++)
      await publish('industries', { name: `产业${i} ${word}` }, { name: `Industry ${i} ${word}` })
    await publish('parks', { name: `园 ${word}` }, { name: `Park ${word}` })
    const all = await searchPortal('en', word)
    expect(all.bySection).toEqual({ parks: 1, industries: 23 })
    expect([all.total, all.pages, all.results.length]).toEqual([24, 2, 20])
    const second = await searchPortal('en', word, { page: 2 })
    expect(second.results).toHaveLength(4)
    const industries = await searchPortal('en', word, { section: 'industries' })
    expect(industries.total).toBe(23)
    expect(industries.results.every((result) => result.section === 'industries')).toBe(true)
  })

  it('a draft saved over a live document changes nothing; unpublishing and deleting take it out', async () => {
    await payload.update({
      collection: 'parks',
      id: park.id,
      data: { name: `草稿标题${tag}` },
      locale: 'zh',
      draft: true,
      overrideAccess: true,
    })
    expect(titles(await searchPortal('zh', `草稿标题${tag}`))).toEqual([])
    expect(titles(await searchPortal('zh', `电子信息 ${tag}`))).toContain(`赣南电子信息产业园区${tag}`)
    await payload.update({ collection: 'parks', id: park.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(titles(await searchPortal('zh', `电子信息 ${tag}`))).toEqual([])
    await payload.update({ collection: 'parks', id: park.id, data: { _status: 'published' }, overrideAccess: true })
    expect(titles(await searchPortal('en', `rare earth ${tag}`))).toHaveLength(1)
    await payload.delete({ collection: 'parks', id: park.id, overrideAccess: true })
    expect(titles(await searchPortal('en', `rare earth ${tag}`))).toEqual([])
  })

  it('keeps drafts out, and the index is not writable through the API', async () => {
    const draft = await payload.create({
      collection: 'parks',
      data: { name: `未发布${tag}` },
      draft: true,
      overrideAccess: true,
    })
    expect(titles(await searchPortal('zh', `未发布${tag}`))).toEqual([])
    await expect(
      payload.create({
        collection: 'search-index',
        data: { section: 'parks', locale: 'zh', docId: String(draft.id), slug: 'x', title: 'x' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})

describe('document numbers', () => {
  it('are shown in English form on English results and found by the number as issued, in each language', async () => {
    const tag = unique('n').replace(/[^a-z0-9]/g, '')
    await publish(
      'policies',
      { title: `编号检索政策${tag}`, documentNumber: '赣府发〔2024〕11号', summary: '示例摘要。' },
      { title: `Number search policy ${tag}`, summary: 'Sample summary.' },
    )
    const en = await searchPortal('en', tag)
    const snippet = en.results[0]!.snippet.map((part) => part.text).join('')
    expect(snippet).toContain('Gan Fu Fa [2024] No. 11')
    expect(snippet).not.toMatch(/[\u3000-\u303f\u3400-\u9fff]/)
    for (const locale of ['zh', 'en'] as const) {
      const byNumber = await searchPortal(locale, '赣府发〔2024〕11号')
      expect(
        titles(byNumber).some((title) => title.includes(tag)),
        locale,
      ).toBe(true)
    }
    const byEnglish = await searchPortal('en', 'Gan Fu Fa 2024')
    expect(titles(byEnglish)).toContain(`Number search policy ${tag}`)
  })
})
