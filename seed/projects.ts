import { both } from './localize'
import { rt } from './richText'

type Ref = (collection: 'industries' | 'parks' | 'teams', key: string) => number | string

/**
 * Projects seeking investment (招商项目): the article names none, so every one here is a sample,
 * marked as such in its title and by `sample` (a badge on every card and page), until staff enter
 * the bureau's real project book. Valid until the end of 2027, so the demo lists them.
 */
export const projects = (ref: Ref) => [
  {
    slug: 'sample-smart-terminal-industrial-park-phase-2',
    title: both('智能终端产业园二期（示例）', 'Smart terminal industrial park, phase 2 (sample)'),
    sample: true,
    industry: ref('industries', 'electronics'),
    county: 'ganzhou-etdz',
    park: ref('parks', 'ganzhou-economic-technological-development-zone'),
    totalInvestment: 800_000_000,
    investmentSought: 500_000_000,
    mode: ['equity', 'joint_venture'],
    stage: 'approved',
    landStatus: 'ready',
    approvals: both(
      '已立项，用地规划许可已办理，环评批复办理中。（示例）',
      'Approved; land-use planning permit issued, environmental approval in progress. (sample)',
    ),
    summary: both(
      '建设标准厂房和智能终端组装线，面向大湾区电子信息企业的产能转移和扩产。',
      'Standard factory buildings and smart-terminal assembly lines for Bay Area electronics firms moving or adding capacity.',
    ),
    body: rt(
      ['项目规划建设标准厂房约20万平方米，配套研发楼和员工宿舍，可按企业需要定制厂房。'],
      [
        'About 200,000 m² of standard factory space is planned, with an R&D building and staff housing; buildings can be fitted to a firm’s needs.',
      ],
    ),
    team: ref('teams', 'electronics'),
    validUntil: '2027-12-31T00:00:00.000Z',
  },
  {
    slug: 'sample-energy-storage-battery-line',
    title: both('储能电池生产线项目（示例）', 'Energy storage battery line (sample)'),
    sample: true,
    industry: ref('industries', 'new-energy'),
    county: 'ganzhou-etdz',
    park: ref('parks', 'ganzhou-economic-technological-development-zone'),
    totalInvestment: 300_000_000,
    investmentSought: 300_000_000,
    mode: ['sole', 'equity'],
    stage: 'feasibility',
    landStatus: 'ready',
    approvals: both('可研编制中。（示例）', 'Feasibility study being written. (sample)'),
    summary: both(
      '年产储能电池模组的生产线，园区提供标准厂房和配套电力。',
      'A line for energy storage battery modules, in standard factory space with power supplied by the park.',
    ),
    body: rt(
      ['园区提供标准厂房，电力接入和消防审批由园区协助办理。'],
      ['The park offers standard factory space and helps with the power connection and fire-safety approval.'],
    ),
    team: ref('teams', 'electronics'),
    validUntil: '2027-12-31T00:00:00.000Z',
  },
  {
    slug: 'sample-rare-earth-magnet-materials',
    title: both('稀土永磁材料深加工项目（示例）', 'Rare earth permanent magnet processing (sample)'),
    sample: true,
    industry: ref('industries', 'rare-earths-nonferrous'),
    county: 'longnan',
    totalInvestment: 1_200_000_000,
    investmentSought: 600_000_000,
    mode: ['joint_venture', 'equity'],
    stage: 'planning',
    landStatus: 'in_progress',
    approvals: both('用地征收报批中。（示例）', 'Land acquisition awaiting approval. (sample)'),
    summary: both(
      '延伸稀土产业链，建设高性能钕铁硼磁材及电机零部件生产线。',
      'Extends the rare earth chain: high-performance NdFeB magnets and motor parts.',
    ),
    body: rt(
      ['项目可与当地稀土冶炼分离企业就近配套，原料供应有保障。'],
      ['Local rare earth separation plants nearby can supply the raw materials.'],
    ),
    team: ref('teams', 'rare-earths-nonferrous'),
    validUntil: '2027-12-31T00:00:00.000Z',
  },
  {
    slug: 'sample-cold-chain-logistics-centre',
    title: both('冷链物流分拨中心（示例）', 'Cold-chain logistics hub (sample)'),
    sample: true,
    industry: ref('industries', 'modern-logistics'),
    county: 'nankang',
    park: ref('parks', 'ganzhou-international-inland-port'),
    totalInvestment: 150_000_000,
    investmentSought: 90_000_000,
    mode: ['ppp', 'lease'],
    stage: 'approved',
    landStatus: 'ready',
    approvals: both('已立项。（示例）', 'Approved. (sample)'),
    summary: both(
      '依托赣州国际陆港，建设面向大湾区“菜篮子”的冷链仓储和分拨中心。',
      'Cold storage and distribution at Ganzhou International Inland Port, serving the Bay Area’s food supply.',
    ),
    body: rt(
      ['项目紧邻铁路集装箱场站，可开展铁海联运和冷链专列业务。'],
      ['Next to the rail container yard, with rail–sea and refrigerated-train services.'],
    ),
    validUntil: '2027-12-31T00:00:00.000Z',
  },
  {
    slug: 'sample-furniture-smart-factory',
    title: both('家具智能制造工厂（示例）', 'Smart furniture factory (sample)'),
    sample: true,
    industry: ref('industries', 'modern-furniture'),
    county: 'nankang',
    totalInvestment: 40_000_000,
    investmentSought: 40_000_000,
    mode: ['lease', 'sole'],
    stage: 'under_way',
    landStatus: 'not_needed',
    approvals: both('利用现有厂房改造，无需新增用地。（示例）', 'Refits existing buildings; no new land. (sample)'),
    summary: both(
      '南康家具产业集群内的智能化改造项目，引进自动化生产线和设计团队。',
      'Automation of an existing plant in the Nankang furniture cluster, with new lines and a design team.',
    ),
    body: rt(
      ['企业可租用现有厂房改造，园区协助对接设备融资和技术人才。'],
      ['A firm can lease and refit the existing buildings; the park helps with equipment finance and skilled staff.'],
    ),
    validUntil: '2027-12-31T00:00:00.000Z',
  },
]
