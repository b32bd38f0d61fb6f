/**
 * Sample data for the investor tools (the policy finder, park comparison and map): incentives with
 * structured benefits and conditions, and the parks' costs, sites and travel times. The source
 * article gives none of these numbers, so every one of them is marked as a sample where readers see
 * it: incentive titles and benefits say "示例 / sample", and each park's data note says which of its
 * figures are samples.
 */
import { both } from './localize'
import { richText } from './richText'

type Ref = (collection: 'industries' | 'parks', key: string) => number | string

const industries = (ref: Ref, ...slugs: string[]) => slugs.map((slug) => ref('industries', slug))
const parks = (ref: Ref, ...slugs: string[]) => slugs.map((slug) => ref('parks', slug))

const ISSUER = both('赣州市人民政府（示例）', 'Ganzhou Municipal Government (sample)')
const HOW_TO_APPLY = both(
  '示例：向项目所在园区的招商服务窗口提交申请表、营业执照和投资协议，窗口在15个工作日内答复。',
  'Sample: hand the application form, business licence and investment agreement to the investment desk of the park; it answers within 15 working days.',
)
const SAMPLE_BODY = richText(['这是演示用的示例政策，条件和金额不是真实政策内容。'])
const SAMPLE_BODY_EN = richText(['This is a sample policy for the demo; its conditions and amounts are not real.'])

const incentive = (
  n: number,
  fields: {
    slug: string
    title: [string, string]
    summary: [string, string]
    category: string
    benefits: { type: string; text: [string, string] }[]
    [key: string]: unknown
  },
) => ({
  ...fields,
  title: both(`${fields.title[0]}（示例）`, `${fields.title[1]} (sample)`),
  summary: both(fields.summary[0], fields.summary[1]),
  benefits: fields.benefits.map(({ type, text }) => ({
    type,
    text: both(`${text[0]}（示例）`, `${text[1]} (sample)`),
  })),
  documentNumber: `DEMO〔2025〕${String(n).padStart(2, '0')}号`,
  issuer: ISSUER,
  body: both(SAMPLE_BODY, SAMPLE_BODY_EN),
  howToApply: HOW_TO_APPLY,
  effectiveDate: '2025-01-01T00:00:00.000Z',
  expiryDate: '2027-12-31T00:00:00.000Z',
  firmOrigin: fields.firmOrigin ?? ['any'],
  industries: fields.industries ?? [],
})

/** Sample incentives: at least one of every benefit type and policy category the filters offer. */
export const incentives = (ref: Ref) => [
  incentive(11, {
    slug: 'sample-relocation-tax-reward',
    title: ['大湾区制造业企业迁入税收奖励', 'Tax reward for Bay Area manufacturers moving in'],
    summary: [
      '整体或部分迁入赣州的制造业企业，前三年按其地方财政贡献给予奖励。',
      'Manufacturers that move all or part of their production to Ganzhou get a reward on their local tax contribution for three years.',
    ],
    category: 'tax',
    firmOrigin: ['guangdong', 'gba'],
    industries: industries(ref, 'electronics', 'modern-furniture', 'textiles-apparel', 'new-energy'),
    minimumInvestment: 50_000_000,
    eligibility: { projectTypes: ['relocating'], minimumJobs: 50 },
    benefits: [
      {
        type: 'tax',
        text: ['前3年按地方财政贡献的100%奖励', '100% of the local tax contribution rewarded for the first 3 years'],
      },
    ],
  }),
  incentive(12, {
    slug: 'sample-industrial-land-guarantee',
    title: ['重大工业项目用地保障', 'Land for major industrial projects'],
    summary: [
      '投资1亿元以上的工业项目优先安排用地指标，“标准地”出让，拿地即开工。',
      'Industrial projects of RMB 100 million or more get land quotas first, sold as ready-to-build “standard land”.',
    ],
    category: 'land',
    minimumInvestment: 100_000_000,
    eligibility: { firmSizes: ['medium', 'large'], counties: ['ganzhou-etdz', 'nankang'] },
    benefits: [
      {
        type: 'land',
        text: [
          '优先安排用地指标，按工业用地最低价标准出让',
          'Land quota first, sold at the minimum industrial land price',
        ],
      },
    ],
  }),
  incentive(13, {
    slug: 'sample-standard-factory-rent-relief',
    title: ['标准厂房租金减免', 'Rent relief in standard factories'],
    summary: [
      '中小电子信息、新能源企业入驻指定园区标准厂房，前三年免租金。',
      'Small and medium electronics and new-energy firms renting standard factories in the named parks pay no rent for three years.',
    ],
    category: 'industry-support',
    industries: industries(ref, 'electronics', 'new-energy'),
    eligibility: {
      firmSizes: ['micro', 'small', 'medium'],
      parks: parks(ref, 'shenzhen-science-technology-park-ganzhou', 'ganzhou-economic-technological-development-zone'),
    },
    benefits: [
      { type: 'rent', text: ['前3年免租金，第4–5年租金减半', 'No rent for 3 years, half rent in years 4 and 5'] },
    ],
  }),
  incentive(14, {
    slug: 'sample-equipment-investment-subsidy',
    title: ['设备投资补贴', 'Subsidy for equipment investment'],
    summary: [
      '新建或扩产项目购置生产设备，按设备投资额给予补贴。',
      'New and expanding projects get a share of what they spend on production equipment.',
    ],
    category: 'industry-support',
    industries: industries(ref, 'electronics', 'new-energy', 'rare-earths-nonferrous', 'biomedicine'),
    minimumInvestment: 20_000_000,
    eligibility: { projectTypes: ['new', 'expansion'] },
    benefits: [
      {
        type: 'equipment',
        text: ['按设备投资额的10%补贴，最高500万元', '10% of the equipment investment, up to RMB 5 million'],
      },
    ],
  }),
  incentive(15, {
    slug: 'sample-talent-housing-allowance',
    title: ['引进人才安家补贴', 'Housing allowance for recruited talent'],
    summary: [
      '企业引进的高层次人才和技术骨干，按层次给予安家补贴。',
      'Senior experts and key technicians a firm brings to Ganzhou get a housing allowance by grade.',
    ],
    category: 'talent',
    benefits: [{ type: 'talent', text: ['安家补贴最高100万元', 'Housing allowance of up to RMB 1 million'] }],
  }),
  incentive(16, {
    slug: 'sample-loan-interest-subsidy',
    title: ['中小企业贷款贴息', 'Loan interest subsidy for small and medium firms'],
    summary: [
      '年营业收入2000万元以上的中小企业，流动资金贷款给予贴息。',
      'Small and medium firms with RMB 20 million or more in annual revenue get part of their working-capital loan interest paid.',
    ],
    category: 'finance',
    eligibility: { firmSizes: ['micro', 'small', 'medium'], minimumRevenue: 20_000_000 },
    benefits: [{ type: 'finance', text: ['贷款利息的50%，最长3年', '50% of the loan interest for up to 3 years'] }],
  }),
  incentive(17, {
    slug: 'sample-rail-sea-freight-subsidy',
    title: ['铁海联运运费补贴', 'Rail–sea freight subsidy'],
    summary: [
      '经赣州国际陆港铁海联运进出口的企业，按标箱给予运费补贴。',
      'Firms shipping through the Ganzhou International Inland Port by rail and sea get a subsidy per container.',
    ],
    category: 'logistics',
    industries: industries(ref, 'modern-furniture', 'modern-logistics', 'agriculture-food'),
    eligibility: {
      counties: ['nankang'],
      parks: parks(ref, 'ganzhou-international-inland-port', 'shenzhen-ganzhou-port-industry-city-nankang'),
    },
    benefits: [{ type: 'logistics', text: ['每标箱补贴500元', 'RMB 500 per TEU'] }],
  }),
  incentive(18, {
    slug: 'sample-research-platform-reward',
    title: ['研发平台奖励', 'Reward for research platforms'],
    summary: [
      '企业新认定为省级以上研发平台的，给予一次性奖励。',
      'A firm whose lab is newly recognised as a provincial or national research platform gets a one-off reward.',
    ],
    category: 'industry-support',
    benefits: [{ type: 'rnd', text: ['一次性奖励50万元', 'One-off reward of RMB 500,000'] }],
  }),
  incentive(19, {
    slug: 'sample-hong-kong-macao-investor-service',
    title: ['港澳投资企业专人帮办', 'A personal case officer for Hong Kong and Macao investors'],
    summary: [
      '港澳投资者在赣州设立企业，由专人帮办登记、许可和跨境结算。',
      'Hong Kong and Macao investors setting up in Ganzhou get one officer for registration, permits and cross-border payments.',
    ],
    category: 'government-services',
    firmOrigin: ['hong-kong-macao'],
    benefits: [
      { type: 'services', text: ['设立登记全程专人帮办', 'One officer handles the whole set-up'] },
      { type: 'finance', text: ['跨境人民币结算绿色通道', 'Fast lane for cross-border RMB payments'] },
    ],
  }),
  incentive(20, {
    slug: 'sample-low-altitude-park-support',
    title: ['低空经济产业园入驻扶持', 'Support for firms in the low-altitude economy park'],
    summary: [
      '无人机及低空经济企业入驻赣州低空经济产业园，享受厂房和设备扶持。',
      'Drone and low-altitude economy firms moving into the park get help with premises and equipment.',
    ],
    category: 'industry-support',
    industries: industries(ref, 'low-altitude-economy'),
    eligibility: { parks: parks(ref, 'ganzhou-low-altitude-economy-park'), projectTypes: ['new', 'relocating'] },
    benefits: [
      { type: 'rent', text: ['首2年厂房免租', 'No factory rent for the first 2 years'] },
      { type: 'equipment', text: ['试飞设备投资补贴20%', '20% of test-flight equipment investment'] },
    ],
  }),
]

const SAMPLE_NOTE = both(
  '运营成本、可供载体和交通时间均为示例数据，来源文章未提供。',
  'Operating costs, available sites and travel times are sample data; the source article does not give them.',
)
const ALL_SAMPLE_NOTE = both(
  '园区级别、面积、运营成本、可供载体和交通时间均为示例数据，来源文章未提供。',
  'Level, area, operating costs, available sites and travel times are sample data; the source article does not give them.',
)

// Wages as a range, as labour-market figures are published: a general worker's pay from … to ….
const costs = (landPrice: number, factoryRent: number, [wage, wageMax]: [number, number]) => ({
  landPrice,
  factoryRent,
  wage,
  wageMax,
  electricity: 0.62,
  water: 2.9,
  asOf: '2025-06-30T00:00:00.000Z',
})

const route = (destination: string, minutes: number, km: number, mode: 'road' | 'rail', place?: [string, string]) => ({
  destination,
  minutes,
  km,
  mode,
  ...(place ? { place: both(place[0], place[1]) } : {}),
})

const site = (
  kind: 'land' | 'factory',
  name: [string, string],
  area: { value: number; unit: string },
  price: [string, string],
  readyDate: string,
  status = 'available',
) => ({
  kind,
  name: both(`${name[0]}（示例）`, `${name[1]} (sample)`),
  area,
  price: both(price[0], price[1]),
  readyDate: `${readyDate}T00:00:00.000Z`,
  status,
})

const GANZHOU_WEST = ['赣州西站', 'Ganzhou West Station'] as [string, string]
const AIRPORT = ['赣州黄金机场', 'Ganzhou Huangjin Airport'] as [string, string]
const VIA_HIGH_SPEED_LINE = ['经赣州西站乘赣深高铁', 'Via Ganzhou West, Ganzhou–Shenzhen high-speed line'] as [
  string,
  string,
]

/** The facts a park's sample values stand for (fields/sampleFacts.ts): what the portal marks "sample". */
const SAMPLE_FACT_OF = {
  level: 'level',
  plannedArea: 'area',
  builtArea: 'area',
  costs: 'costs',
  sites: 'sites',
  logistics: 'travel',
} as const

export const sampleFactsOf = (values: Record<string, unknown> = {}) => [
  ...new Set(
    Object.keys(values).flatMap((key) =>
      key in SAMPLE_FACT_OF ? [SAMPLE_FACT_OF[key as keyof typeof SAMPLE_FACT_OF]] : [],
    ),
  ),
]

/**
 * Costs, sites and travel times per park (by slug), and the other values the source article does not
 * give, for the demo (marked as samples wherever they are shown:
 * `sampleFacts`, and the park's data note).
 */
export const parkSamples: Record<string, Record<string, unknown>> = {
  'shenzhen-science-technology-park-ganzhou': {
    costs: costs(150_000, 12, [4300, 5200]),
    sites: [
      site(
        'factory',
        ['科创楼B栋标准厂房', 'Block B standard factory'],
        { value: 12000, unit: 'm2' },
        ['12元/平方米·月', 'RMB 12 per m² per month'],
        '2026-12-31',
      ),
      site(
        'factory',
        ['科创楼C栋标准厂房', 'Block C standard factory'],
        { value: 8000, unit: 'm2' },
        ['12元/平方米·月', 'RMB 12 per m² per month'],
        '2027-06-30',
        'building',
      ),
    ],
    logistics: [
      route('shenzhen', 150, 420, 'rail', VIA_HIGH_SPEED_LINE),
      route('guangzhou', 240, 430, 'road'),
      route('yantian', 330, 440, 'road'),
      route('rail', 25, 20, 'road', GANZHOU_WEST),
      route('airport', 30, 25, 'road', AIRPORT),
    ],
    dataNote: SAMPLE_NOTE,
  },
  'shenzhen-ganzhou-port-industry-city-nankang': {
    costs: costs(120_000, 10, [4000, 4800]),
    sites: [
      site(
        'land',
        ['核心启动区工业地块A-3', 'Core area industrial plot A-3'],
        { value: 80, unit: 'mu' },
        ['12万元/亩', 'RMB 120,000 per mu'],
        '2026-09-30',
      ),
      site(
        'land',
        ['核心启动区仓储地块B-1', 'Core area warehouse plot B-1'],
        { value: 120, unit: 'mu' },
        ['13万元/亩', 'RMB 130,000 per mu'],
        '2027-03-31',
        'reserved',
      ),
    ],
    logistics: [
      route('shenzhen', 170, 430, 'rail', VIA_HIGH_SPEED_LINE),
      route('guangzhou', 250, 420, 'road'),
      route('yantian', 320, 430, 'road'),
      route('rail', 35, 30, 'road', GANZHOU_WEST),
      route('airport', 40, 35, 'road', AIRPORT),
    ],
    dataNote: SAMPLE_NOTE,
  },
  'ganzhou-international-inland-port': {
    level: 'provincial',
    plannedArea: { value: 8.2, unit: 'km2' },
    costs: costs(115_000, 9, [3900, 4600]),
    sites: [
      site(
        'land',
        ['陆港物流园仓储地块', 'Inland port warehouse plot'],
        { value: 60, unit: 'mu' },
        ['12万元/亩', 'RMB 120,000 per mu'],
        '2026-12-31',
      ),
    ],
    logistics: [
      route('shenzhen', 170, 430, 'rail', VIA_HIGH_SPEED_LINE),
      route('guangzhou', 250, 420, 'road'),
      route('yantian', 320, 430, 'road'),
      route('rail', 35, 30, 'road', GANZHOU_WEST),
      route('airport', 40, 35, 'road', AIRPORT),
    ],
    dataNote: ALL_SAMPLE_NOTE,
  },
  'ganzhou-economic-technological-development-zone': {
    // A national-level zone in fact, but the article does not say so.
    level: 'national',
    plannedArea: { value: 202, unit: 'km2' },
    costs: costs(160_000, 13, [4500, 5500]),
    sites: [
      site(
        'land',
        ['新能源产业园工业地块', 'New-energy cluster industrial plot'],
        { value: 150, unit: 'mu' },
        ['16万元/亩', 'RMB 160,000 per mu'],
        '2026-10-31',
      ),
      site(
        'factory',
        ['电子信息产业园标准厂房', 'Electronics cluster standard factory'],
        { value: 20000, unit: 'm2' },
        ['13元/平方米·月', 'RMB 13 per m² per month'],
        '2026-06-30',
      ),
    ],
    logistics: [
      route('shenzhen', 145, 420, 'rail', VIA_HIGH_SPEED_LINE),
      route('guangzhou', 235, 430, 'road'),
      route('yantian', 330, 440, 'road'),
      route('rail', 20, 15, 'road', GANZHOU_WEST),
      route('airport', 30, 25, 'road', AIRPORT),
    ],
    dataNote: both(
      '园区级别、规划面积、运营成本、可供载体和交通时间为示例数据，来源文章未提供。',
      'Level, planned area, operating costs, available sites and travel times are sample data; the source article does not give them.',
    ),
  },
  'ganzhou-low-altitude-economy-park': {
    level: 'municipal',
    plannedArea: { value: 3.5, unit: 'km2' },
    costs: costs(140_000, 11, [4200, 5000]),
    sites: [
      site(
        'factory',
        ['无人机总装标准厂房', 'Drone assembly standard factory'],
        { value: 15000, unit: 'm2' },
        ['11元/平方米·月', 'RMB 11 per m² per month'],
        '2026-08-31',
      ),
    ],
    logistics: [
      route('shenzhen', 160, 425, 'rail', VIA_HIGH_SPEED_LINE),
      route('guangzhou', 245, 430, 'road'),
      route('yantian', 335, 440, 'road'),
      route('rail', 30, 25, 'road', GANZHOU_WEST),
      route('airport', 25, 20, 'road', AIRPORT),
    ],
    dataNote: ALL_SAMPLE_NOTE,
  },
}
