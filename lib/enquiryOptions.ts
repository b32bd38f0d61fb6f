import { options } from './labels'

export const enquiryStatuses = options({
  new: ['新咨询', 'New'],
  contacted: ['已联系', 'Contacted'],
  'site-visit': ['实地考察', 'Site visit'],
  negotiating: ['洽谈中', 'Negotiating'],
  signed: ['已签约', 'Signed'],
  closed: ['已关闭', 'Closed'],
})

export const investmentRanges = options({
  'under-10m': ['1000万元以下', 'Under RMB 10 million'],
  '10m-100m': ['1000万–1亿元', 'RMB 10–100 million'],
  '100m-1b': ['1亿–10亿元', 'RMB 100 million–1 billion'],
  'over-1b': ['10亿元以上', 'Over RMB 1 billion'],
  undecided: ['尚未确定', 'Not decided yet'],
})

export const premisesNeeds = options({
  land: ['工业用地', 'Industrial land'],
  premises: ['标准厂房或办公', 'Ready-built premises or offices'],
  both: ['均需要', 'Both'],
  none: ['暂不需要', 'Neither for now'],
})
