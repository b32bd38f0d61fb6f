/**
 * The setup guide's demo content (globals/SetupGuide.ts). The introduction quotes the source
 * article; every step is a sample (`sample: true`, shown as such on the portal) — the article gives
 * no procedure — until staff confirm it with the agency and untick it.
 */
import { both } from './localize'

const ALL = ['company', 'branch', 'foreign'] as const
const ONLINE = 'https://www.jxzwfww.gov.cn/'

const step = (
  routes: readonly (typeof ALL)[number][],
  title: [string, string],
  agency: [string, string],
  documents: [string[], string[]],
  days: [number, number],
  fees: [string, string],
  onlineService?: string,
) => ({
  routes: [...routes],
  title: both(...title),
  agency: both(...agency),
  documents: both(documents[0].join('\n'), documents[1].join('\n')),
  daysMin: days[0],
  daysMax: days[1],
  fees: both(...fees),
  ...(onlineService ? { onlineService } : {}),
  sample: true,
})

export const setupGuide = {
  intro: both(
    '127个深圳高频事项在赣州24小时自助可办；赣州成为继北京、上海、香港之后第4个与深圳实现电子印章互信互认的省外城市。以下是在赣州设立企业的通常步骤，标为示例的步骤尚待核实。',
    '127 frequently used Shenzhen services can be done at self-service terminals in Ganzhou around the clock, and Ganzhou was the fourth city outside Guangdong, after Beijing, Shanghai and Hong Kong, to recognise Shenzhen’s electronic seals. Below are the usual steps to set up here; steps marked as samples are still to be confirmed.',
  ),
  steps: [
    step(
      ['foreign'],
      ['投资者主体资格证明公证', 'Notarise the investor’s certificate of incorporation'],
      [
        '中国委托公证人（香港）或当地公证机构',
        'A China-Appointed Attesting Officer (Hong Kong) or a notary where the investor is registered',
      ],
      [
        ['投资者公司注册证明书', '商业登记证', '董事和股东名册'],
        [
          'Certificate of incorporation',
          'Business registration certificate',
          'Registers of directors and shareholders',
        ],
      ],
      [3, 7],
      ['按公证机构收费标准', 'As the notary charges'],
    ),
    step(
      ['company', 'foreign'],
      ['企业名称申报和设立登记', 'Register the company and its name'],
      [
        '市场监督管理局（政务服务中心登记窗口）',
        'Market Regulation Administration (registration window of the government service centre)',
      ],
      [
        ['公司章程', '股东主体资格证明', '法定代表人、董事、监事和经理的身份证件', '住所使用证明'],
        [
          'Articles of association',
          'Proof of the shareholders’ identity or incorporation',
          'Identity documents of the legal representative, directors, supervisors and manager',
          'Proof of the registered address',
        ],
      ],
      [1, 3],
      ['免费', 'Free'],
      ONLINE,
    ),
    step(
      ['branch'],
      ['分公司设立登记', 'Register the branch'],
      [
        '市场监督管理局（政务服务中心登记窗口）',
        'Market Regulation Administration (registration window of the government service centre)',
      ],
      [
        ['总公司营业执照复印件', '总公司签署的设立分公司决定和负责人任命书', '负责人身份证件', '经营场所使用证明'],
        [
          'Copy of the parent company’s business licence',
          'The parent company’s decision to set up the branch and appointment of its head',
          'Identity document of the branch head',
          'Proof of the business premises',
        ],
      ],
      [1, 3],
      ['免费', 'Free'],
      ONLINE,
    ),
    step(
      ALL,
      ['刻制印章', 'Make the company seals'],
      ['公安机关备案的印章刻制企业', 'A seal maker registered with the police'],
      [
        ['营业执照', '法定代表人或负责人身份证件'],
        ['Business licence', 'Identity document of the legal representative or head'],
      ],
      [1, 1],
      ['首套印章免费（由政府购买服务）', 'First set of seals free (paid for by the government)'],
    ),
    step(
      ALL,
      ['开立银行账户', 'Open a bank account'],
      ['企业选择的商业银行', 'A commercial bank of the firm’s choice'],
      [
        ['营业执照', '公章和法定代表人身份证件'],
        ['Business licence', 'Company seal and the legal representative’s identity document'],
      ],
      [1, 3],
      ['按银行收费标准', 'As the bank charges'],
    ),
    step(
      ['foreign'],
      ['外商直接投资外汇登记', 'Register the foreign direct investment with the bank'],
      [
        '开户银行（代国家外汇管理局办理）',
        'The account bank (on behalf of the State Administration of Foreign Exchange)',
      ],
      [
        ['营业执照', '外商投资信息报告回执'],
        ['Business licence', 'Receipt of the foreign investment information report'],
      ],
      [1, 2],
      ['免费', 'Free'],
    ),
    step(
      ALL,
      ['税务信息确认和发票申领', 'Confirm tax details and apply for invoices'],
      ['税务局（电子税务局）', 'Tax bureau (online tax service)'],
      [
        ['营业执照', '银行账户信息', '办税人员身份证件'],
        ['Business licence', 'Bank account details', 'Identity document of the tax officer'],
      ],
      [1, 2],
      ['免费（税务Ukey免费发放）', 'Free (tax key issued free of charge)'],
    ),
    step(
      ALL,
      ['社会保险和住房公积金登记', 'Register for social insurance and the housing fund'],
      [
        '人力资源和社会保障局、住房公积金中心',
        'Human resources and social security bureau; housing provident fund centre',
      ],
      [
        ['营业执照', '员工名单和身份证件'],
        ['Business licence', 'List of employees and their identity documents'],
      ],
      [1, 3],
      ['免费', 'Free'],
      ONLINE,
    ),
  ],
}
