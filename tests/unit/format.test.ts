import { describe, expect, it } from 'vitest'

import { formatDocumentNumber, formatDuration, formatList, labelled } from '@/lib/portal/format'

/** How the portal writes numbers, lists and labels for each readership (lib/portal/format.ts). */
describe('formatting for each language', () => {
  it('writes a document number the English way on English pages, as issued on Chinese ones', () => {
    expect(formatDocumentNumber('赣府发〔2024〕11号', 'en')).toBe('Gan Fu Fa [2024] No. 11')
    expect(formatDocumentNumber('DEMO〔2025〕01号', 'en')).toBe('DEMO [2025] No. 01')
    expect(formatDocumentNumber('赣府发〔2024〕11号', 'zh')).toBe('赣府发〔2024〕11号')
    // Anything else is left as it is.
    expect(formatDocumentNumber('GZ-2024-7', 'en')).toBe('GZ-2024-7')
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
})
