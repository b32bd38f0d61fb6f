import { options } from './labels'

/** Ganzhou's counties, districts and development zones, plus Shenzhen for the bay-area stations. */
export const counties = options({
  zhanggong: ['章贡区', 'Zhanggong District'],
  nankang: ['南康区', 'Nankang District'],
  ganxian: ['赣县区', 'Ganxian District'],
  'ganzhou-etdz': ['赣州经开区', 'Ganzhou Economic & Technological Development Zone'],
  rongjiang: ['蓉江新区', 'Rongjiang New Area'],
  longnan: ['龙南市', 'Longnan'],
  ruijin: ['瑞金市', 'Ruijin'],
  xinfeng: ['信丰县', 'Xinfeng County'],
  dayu: ['大余县', 'Dayu County'],
  shangyou: ['上犹县', 'Shangyou County'],
  chongyi: ['崇义县', 'Chongyi County'],
  anyuan: ['安远县', 'Anyuan County'],
  dingnan: ['定南县', 'Dingnan County'],
  quannan: ['全南县', 'Quannan County'],
  ningdu: ['宁都县', 'Ningdu County'],
  yudu: ['于都县', 'Yudu County'],
  xingguo: ['兴国县', 'Xingguo County'],
  huichang: ['会昌县', 'Huichang County'],
  xunwu: ['寻乌县', 'Xunwu County'],
  shicheng: ['石城县', 'Shicheng County'],
  citywide: ['全市', 'Citywide'],
  'shenzhen-nanshan': ['深圳市南山区', 'Nanshan District, Shenzhen'],
})

export const parkLevels = options({
  national: ['国家级', 'National'],
  provincial: ['省级', 'Provincial'],
  municipal: ['市级', 'Municipal'],
  cooperation: ['合作共建园区', 'Cooperation zone'],
})

export const policyCategories = options({
  tax: ['税收优惠', 'Tax'],
  land: ['用地保障', 'Land'],
  finance: ['金融支持', 'Finance'],
  talent: ['人才政策', 'Talent'],
  logistics: ['物流与通关', 'Logistics & customs'],
  'government-services': ['政务服务', 'Government services'],
  'industry-support': ['产业扶持', 'Industry support'],
})

export const firmOrigins = options({
  any: ['不限', 'Any'],
  guangdong: ['广东企业', 'Guangdong firms'],
  gba: ['粤港澳大湾区企业', 'Greater Bay Area firms'],
  shenzhen: ['深圳企业', 'Shenzhen firms'],
  'hong-kong-macao': ['港澳企业', 'Hong Kong & Macao firms'],
})

export const eventTypes = options({
  promotion: ['招商推介', 'Investment promotion'],
  roadshow: ['路演', 'Roadshow'],
  forum: ['论坛', 'Forum'],
  visit: ['考察对接', 'Visit'],
  'science-tech': ['科技人才', 'Science & talent'],
  culture: ['文化旅游', 'Culture & tourism'],
})

export const originCities = options({
  shenzhen: ['深圳', 'Shenzhen'],
  guangzhou: ['广州', 'Guangzhou'],
  dongguan: ['东莞', 'Dongguan'],
  foshan: ['佛山', 'Foshan'],
  zhuhai: ['珠海', 'Zhuhai'],
  huizhou: ['惠州', 'Huizhou'],
  zhongshan: ['中山', 'Zhongshan'],
  jiangmen: ['江门', 'Jiangmen'],
  zhaoqing: ['肇庆', 'Zhaoqing'],
  'hong-kong': ['香港', 'Hong Kong'],
  macao: ['澳门', 'Macao'],
  other: ['其他', 'Other'],
})

export type Option = { label: Record<string, string>; value: string }

/** The label of a select value in the reader's language. */
export const optionLabel = (list: Option[], value: string | null | undefined, locale: string): string => {
  const option = list.find((o) => o.value === value)
  return option?.label[locale] ?? option?.label.zh ?? value ?? ''
}

/** A select's options as `{ value, label }` in the reader's language, for filter forms. */
export const optionChoices = (list: Option[], locale: string) =>
  list.map((o) => ({ value: o.value, label: optionLabel(list, o.value, locale) }))

/** Planned investment of an enquiry, in RMB. */
export const investmentRanges = options({
  'under-10m': ['1000万元以下', 'Under RMB 10 million'],
  '10m-50m': ['1000万–5000万元', 'RMB 10–50 million'],
  '50m-100m': ['5000万–1亿元', 'RMB 50–100 million'],
  '100m-500m': ['1亿–5亿元', 'RMB 100–500 million'],
  '500m-1b': ['5亿–10亿元', 'RMB 500 million–1 billion'],
  'over-1b': ['10亿元以上', 'Over RMB 1 billion'],
  undecided: ['尚未确定', 'Not decided yet'],
})

/** Land or premises an enquiring firm needs. */
export const premisesNeeds = options({
  land: ['工业用地', 'Industrial land'],
  factory: ['标准厂房', 'Standard factory building'],
  office: ['办公场所', 'Office space'],
  warehouse: ['仓储物流用地', 'Warehouse or logistics site'],
  none: ['暂不需要', 'None for now'],
  undecided: ['尚未确定', 'Not decided yet'],
})

/** The lead pipeline: an enquiry moves from new to signed or closed. */
export const enquiryStatuses = options({
  new: ['新询盘', 'New'],
  contacted: ['已联系', 'Contacted'],
  'site-visit': ['实地考察', 'Site visit'],
  negotiating: ['洽谈中', 'Negotiating'],
  signed: ['已签约', 'Signed'],
  closed: ['已关闭', 'Closed'],
})
