import { describe, expect, it } from 'vitest'

import { formatDocumentNumber, formatDuration, formatFigure, formatList, labelled } from '@/lib/portal/format'
import { simplifiedCharacters, toTraditional } from '@/lib/schema/traditional'

import { seeded } from '../helpers/random'

/** How the portal writes numbers, lists and labels for each readership (lib/portal/format.ts). */
describe('formatting for each language', () => {
  it('writes a document number the English way on English pages, as issued on Chinese ones', () => {
    expect(formatDocumentNumber('赣府发〔2024〕11号', 'en')).toBe('Gan Fu Fa [2024] No. 11')
    expect(formatDocumentNumber('DEMO〔2025〕01号', 'en')).toBe('DEMO [2025] No. 01')
    expect(formatDocumentNumber('赣府发〔2024〕11号', 'zh')).toBe('赣府发〔2024〕11号')
    // Anything else is left as it is.
    expect(formatDocumentNumber('GZ-2024-7', 'en')).toBe('GZ-2024-7')
  })

  it('writes a document number in Traditional characters on Traditional pages, character by character', () => {
    expect(formatDocumentNumber('赣府发〔2024〕11号', 'zh-hant')).toBe('贛府發〔2024〕11號')
    // Issuers' abbreviations as Chinese authorities write them (province, city, county, bureau, kind).
    const random = seeded(20261208)
    const places = ['赣', '粤', '国', '赣市', '虔', '章贡', '南康', '赣县', '龙南', '信丰', '瑞金', '深', '穗', '港']
    const bodies = [
      '府',
      '府办',
      '办',
      '发改',
      '财',
      '财税',
      '人社',
      '商务',
      '工信',
      '自然资',
      '科',
      '教',
      '农',
      '税',
      '环',
      '住建',
      '交通',
      '市监',
    ]
    const kinds = ['发', '字', '函', '规', '通', '办发', '明电', '']
    for (let i = 0; i < 500; i++) {
      const number = `${random.pick(places)}${random.pick(bodies)}${random.pick(kinds)}〔${random.int(1990, 2030)}〕${random.int(1, 300)}号`
      const written = formatDocumentNumber(number, 'zh-hant')
      // Each character as the full conversion writes it alone, and no Simplified form left.
      expect(written, number).toBe(Array.from(number, (char) => toTraditional(char)).join(''))
      expect(simplifiedCharacters(written), number).toEqual([])
    }
    // Not read as a phrase: the full conversion writes 瑞金发改 as 瑞金髮改 (金发, blond hair).
    expect(formatDocumentNumber('瑞金发改通〔2022〕82号', 'zh-hant')).toBe('瑞金發改通〔2022〕82號')
  })

  it('joins lists and labels with each language’s punctuation', () => {
    expect(formatList(['电子信息', '新能源'], 'zh')).toBe('电子信息、新能源')
    expect(formatList(['Electronics', 'New energy'], 'en')).toBe('Electronics, New energy')
    expect(labelled('用地', '优先安排', 'zh')).toBe('用地：优先安排')
    expect(labelled('Land', 'Quota first', 'en')).toBe('Land: Quota first')
  })

  it('writes travel times in hours and minutes', () => {
    expect(formatDuration(150, 'zh')).toBe('2小时30分钟')
    expect(formatDuration(150, 'en')).toBe('2 hr, 30 min')
    expect(formatDuration(25, 'en')).toBe('25 min')
  })

  it('says one of a unit staff typed in the plural in the singular, in English only', () => {
    for (const [unit, one] of [
      ['cases', 'case'],
      ['projects', 'project'],
      ['hours', 'hour'],
      ['companies', 'company'],
      ['people', 'people'],
      ['m²', 'm²'],
      ['class', 'class'],
      ['bus', 'bus'],
      ['campus', 'campus'],
      ['gas', 'gas'],
      ['firms', 'firm'],
    ]) {
      expect(formatFigure(1, 'number', unit, 'en'), unit).toBe(`1 ${one}`)
      for (const many of [0, 2, 1.5, 140]) expect(formatFigure(many, 'number', unit, 'en')).toBe(`${many} ${unit}`)
    }
    expect(formatFigure(1, 'number', '个', 'zh')).toBe('1个')
  })
})
