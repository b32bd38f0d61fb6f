import { describe, expect, it } from 'vitest'

import { convertValue, simplifiedCharacters, toTraditional } from '@/lib/schema/traditional'
import { richText } from '@/seed/richText'

describe('Simplified → Traditional (Hong Kong), with OpenCC', () => {
  it('uses Hong Kong glyphs and vocabulary', () => {
    expect(toTraditional('赣州经济技术开发区')).toBe('贛州經濟技術開發區')
    expect(toTraditional('园区里面的软件企业')).toBe('園區裏面的軟件企業')
    expect(toTraditional('总建筑面积28.2万平方米')).toBe('總建築面積28.2萬平方米')
    // Latin text, numbers and punctuation stay as they are.
    expect(toTraditional('DEMO〔2024〕01号 · Ganzhou ETDZ 100%')).toBe('DEMO〔2024〕01號 · Ganzhou ETDZ 100%')
  })

  it('converts the text of rich text, arrays and groups, and nothing else of their shape', () => {
    const body = richText(['## 为什么选择赣州', '赣深高铁两小时'])
    const converted = convertValue({ body, benefits: [{ type: 'tax', text: '税收减免' }], n: 5, ok: true })
    // 税, not Taiwan's 稅: the Hong Kong glyph standard.
    expect(converted.benefits).toEqual([{ type: 'tax', text: '税收減免' }])
    expect(converted.n).toBe(5)
    expect(converted.ok).toBe(true)
    const texts = converted.body.root.children.map((node) => (node.children[0] as { text: string }).text)
    expect(texts).toEqual(['為什麼選擇贛州', '贛深高鐵兩小時'])
    expect(converted.body.root.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
  })

  it('finds the Simplified characters of a text (what a Traditional page must not show)', () => {
    expect(simplifiedCharacters('贛州經濟技術開發區')).toEqual([])
    expect(simplifiedCharacters('贛州经济 Ganzhou')).toEqual(['经', '济'])
  })
})
