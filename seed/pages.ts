/**
 * The portal's fixed pages and its news, written for the demo. The news items are the article's
 * dated photo captions that are not investment events (a theatre performance, a street opening, a
 * port scene); the fixed texts are templates the site's sponsor must approve, and say so.
 */
import { both, type Both } from './localize'
import { richText, rt } from './richText'

type Ref = (collection: 'parks' | 'media', key: string) => number | string

/** Shown on every fixed text of the demo: these are drafts for the sponsor, not its approved wording. */
const TEMPLATE = both(
  '（示例文本：上线前须经主办单位审定。）',
  '(Sample text: the site’s sponsor must approve it before launch.)',
)

export const SOURCE = both(
  '中共赣州市委宣传部、赣州市发展改革委',
  'CPC Ganzhou Publicity Department; Ganzhou Development and Reform Commission',
)

/** How long enquiries and registrations are kept; site settings hold the same number for the job. */
export const RETENTION_MONTHS = 24

const page = (
  slug: string,
  kind: 'about' | 'legal' | 'guide',
  order: number,
  title: Both,
  summary: Both,
  body: Both<ReturnType<typeof richText>>,
) => ({
  slug,
  kind,
  order,
  title,
  summary,
  body,
})

export const pages = [
  page(
    'investing-in-ganzhou',
    'guide',
    1,
    both('在赣州投资：从咨询到落户', 'Investing in Ganzhou: from first question to settling in'),
    both(
      '用本站找园区、查政策、提交咨询的步骤。',
      'How to use this site to find a park, check the incentives and send an enquiry.',
    ),
    rt(
      [
        '## 1. 找到合适的园区',
        '在“产业园区”中按产业、县（市、区）和园区级别筛选；勾选两到四个园区可并排对比用地、厂房、用工成本和到大湾区的交通时间。',
        '## 2. 查看适用的政策',
        '“政策匹配”根据您的产业、企业规模、来源地和投资额列出可能适用的政策，并说明为什么匹配、还需确认什么。',
        '## 3. 提交投资咨询',
        '在园区、政策或案例页面底部提交咨询，您会收到咨询编号。工作人员会在工作日内与您联系。',
        '本指南中的成本与交通数据为示例，具体以园区答复为准。',
      ],
      [
        '## 1. Find the right park',
        'Filter “Industrial parks” by industry, county and level; tick two to four parks to compare land, factory, labour costs and travel times to the Bay Area side by side.',
        '## 2. Check the incentives that apply',
        'The “Policy finder” lists incentives that may apply to your industry, firm size, origin and investment, with why each matches and what is still to check.',
        '## 3. Send an enquiry',
        'Send an enquiry from the foot of a park, policy or case page; you receive a reference number, and staff contact you on a working day.',
        'The costs and travel times in this guide are samples; the park’s answer is what counts.',
      ],
    ),
  ),
  page(
    'about',
    'about',
    10,
    both('关于本站', 'About this site'),
    both(
      '“粤企入赣”投资促进门户是做什么的、由谁运营。',
      'What the “Guangdong firms into Ganzhou” portal is for, and who runs it.',
    ),
    rt(
      [
        '本站面向广东及粤港澳大湾区企业，介绍赣州的产业园区、政策清单、活动和投资案例，并受理投资咨询。',
        '文中的事实、数据和日期来自中共赣州市委宣传部、赣州市发展改革委发布的资料；标注“示例”的内容为演示用数据。',
        TEMPLATE.zh,
      ],
      [
        'This site introduces Ganzhou’s industrial parks, policy lists, events and investment cases to firms from Guangdong and the Greater Bay Area, and takes their enquiries.',
        'Its facts, figures and dates come from material published by the CPC Ganzhou Publicity Department and the Ganzhou Development and Reform Commission; content marked “sample” is demo data.',
        TEMPLATE.en,
      ],
    ),
  ),
  page(
    'privacy',
    'legal',
    11,
    both('隐私政策', 'Privacy notice'),
    both(
      '投资咨询和活动报名表收集哪些个人信息、为什么收集、保存多久、如何删除。',
      'What the enquiry and event registration forms collect, why, how long it is kept, and how to have it deleted.',
    ),
    rt(
      [
        '本政策依据《中华人民共和国个人信息保护法》制定。' + TEMPLATE.zh,
        '## 我们收集什么',
        '投资咨询表：企业名称、联系人姓名、电话、电子邮箱、来源地、产业、计划投资额、用地或厂房需求、留言和希望使用的语言。',
        '活动报名表：姓名、单位、职务、电话、电子邮箱、参加人数和语言。',
        '为防止滥用，我们还保存提交地址的单向散列值（不保存原始 IP 地址）。',
        '## 为什么收集',
        '仅用于答复和跟进您的咨询、办理活动报名及发送相关通知。处理的依据是您在提交表单时勾选的同意（第十三条第一款第一项）。我们不出售您的个人信息，也不用于与您的咨询无关的营销。',
        '## 谁可以看到',
        '仅限本站运营单位负责跟进咨询和活动的工作人员。信息存储在中华人民共和国境内。',
        '## 保存多久',
        `自提交之日起保存 ${RETENTION_MONTHS} 个月。期满后，系统每天自动将姓名、电话、邮箱、企业名称和留言等个人信息匿名化，仅保留不能识别个人的统计信息（如产业和投资额区间）。`,
        '## 您的权利',
        '您可以查阅、复制、更正或删除您的个人信息，也可以撤回同意。请发送邮件至 invest@example.org（演示占位地址）并注明咨询编号，我们将在15个工作日内答复。',
      ],
      [
        'This notice follows the Personal Information Protection Law of the People’s Republic of China. ' + TEMPLATE.en,
        '## What we collect',
        'Enquiry form: company name, contact name, phone, email, where the firm comes from, industry, planned investment, land or premises needs, your message and preferred language.',
        'Event registration form: name, organisation, job title, phone, email, number of attendees and language.',
        'To prevent abuse we also keep a one-way hash of the sending address (never the IP address itself).',
        '## Why',
        'Only to answer and follow up your enquiry, handle your event registration and send you notices about it. We rely on the consent you give by ticking the box on the form (Article 13(1)(1)). We do not sell your personal information or use it for marketing unrelated to your enquiry.',
        '## Who can see it',
        'Only the staff of the site’s operator who follow up enquiries and events. It is stored in the People’s Republic of China.',
        '## How long we keep it',
        `${RETENTION_MONTHS} months from the day you send it. After that, every day the system anonymises names, phone numbers, emails, company names and messages, keeping only figures that identify nobody (such as the industry and the investment range).`,
        '## Your rights',
        'You may see, copy, correct or delete your personal information, and withdraw your consent. Write to invest@example.org (a demo placeholder) with your reference number; we answer within 15 working days.',
      ],
    ),
  ),
  page(
    'terms',
    'legal',
    12,
    both('使用条款', 'Terms of use'),
    both('使用本站内容的条件。', 'The conditions for using this site’s content.'),
    rt(
      [
        '本站发布的政策信息供参考，以政策原文和主管部门的解释为准。标注“示例”的内容为演示数据，不构成承诺。',
        '转载本站原创内容请注明出处。',
        TEMPLATE.zh,
      ],
      [
        'The policy information on this site is for reference; the original documents and the issuing authority’s interpretation prevail. Content marked “sample” is demo data and promises nothing.',
        'Please credit this site when you republish its own content.',
        TEMPLATE.en,
      ],
    ),
  ),
  page(
    'accessibility',
    'legal',
    13,
    both('无障碍声明', 'Accessibility statement'),
    both(
      '本站为所有访问者可用所做的工作，以及如何反馈问题。',
      'How this site works for every visitor, and how to report a problem.',
    ),
    rt(
      [
        '本站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668）和 WCAG 2.1 AA 级的要求建设：页面可用键盘操作，图片有文字说明，图表附有数据表，表单错误会说明原因。',
        '如遇到无法使用的内容，请通过“投资咨询”页面或 invest@example.org（演示占位地址）告诉我们。',
        TEMPLATE.zh,
      ],
      [
        'This site is built to GB/T 37668 and WCAG 2.1 level AA: every page works from the keyboard, images have text alternatives, charts come with their data as a table, and form errors say what is wrong.',
        'If something does not work for you, tell us through the “Enquire” page or at invest@example.org (a demo placeholder).',
        TEMPLATE.en,
      ],
    ),
  ),
]

export const news = (ref: Ref) => [
  {
    slug: 'inland-port-yantian-shipment-2024',
    kind: 'news',
    date: '2024-02-22T00:00:00.000+08:00',
    title: both(
      '赣州国际陆港发往盐田港的集装箱正在装载',
      'Containers for Yantian Port loaded at the Ganzhou inland port',
    ),
    summary: both(
      '2024年2月22日，赣州国际陆港准备发往深圳盐田港的集装箱正在装载。',
      'On 22 February 2024 containers bound for Shenzhen’s Yantian Port were being loaded at the Ganzhou International Inland Port.',
    ),
    body: rt(
      [
        '2024年2月22日，赣州国际陆港准备发往深圳盐田港的集装箱正在装载。',
        '赣州国际陆港与深圳盐田港合作运营“赣深组合港”，赣州国际陆港占盐田港和广州港三分之一铁海联运箱量。',
      ],
      [
        'On 22 February 2024 containers bound for Shenzhen’s Yantian Port were being loaded at the Ganzhou International Inland Port.',
        'The inland port runs the “Ganzhou–Shenzhen combined port” with Yantian and carries a third of the rail–sea container volume of Yantian and Guangzhou ports.',
      ],
    ),
    cover: ref('media', 'land-port'),
    source: SOURCE,
    relatedParks: [ref('parks', 'ganzhou-international-inland-port')],
  },
  {
    slug: 'xunwu-survey-1930-quarter',
    kind: 'news',
    date: '2024-01-01T00:00:00.000+08:00',
    title: both('深赣共建“寻乌调查·1930”红色文旅街区', 'Shenzhen and Ganzhou’s “Xunwu Survey 1930” heritage quarter'),
    summary: both(
      '2024年1月1日，深圳赣州共建的“寻乌调查·1930”红色文旅街区为广大游客带来全新的红色文旅体验。',
      'On 1 January 2024 the “Xunwu Survey 1930” quarter, built jointly by Shenzhen and Ganzhou, offered visitors a new red-heritage experience.',
    ),
    body: rt(
      ['2024年1月1日，深圳赣州共建的“寻乌调查·1930”红色文旅街区为广大游客带来全新的红色文旅体验。'],
      [
        'On 1 January 2024 the “Xunwu Survey 1930” red-heritage quarter, built jointly by Shenzhen and Ganzhou, offered visitors a new experience.',
      ],
    ),
    cover: ref('media', 'event-culture'),
    source: SOURCE,
    relatedParks: [],
  },
  {
    slug: 'drama-kouxiang-beijing-2024',
    kind: 'news',
    date: '2024-06-06T00:00:00.000+08:00',
    title: both('深赣合作话剧《叩响》在北京上演', 'Shenzhen–Ganzhou drama “Knocking” staged in Beijing'),
    summary: both(
      '2024年6月6日，深圳、赣州两地合作创作的大型革命历史题材话剧《叩响》在北京中央歌剧院成功上演。',
      'On 6 June 2024 “Knocking”, a large historical drama created jointly by Shenzhen and Ganzhou, was staged at the China National Opera House in Beijing.',
    ),
    body: rt(
      ['2024年6月6日，深圳、赣州两地合作创作的大型革命历史题材话剧《叩响》在北京中央歌剧院成功上演。'],
      [
        'On 6 June 2024 the large historical drama “Knocking”, created by Shenzhen and Ganzhou together, was staged at the China National Opera House in Beijing.',
      ],
    ),
    cover: ref('media', 'event-culture'),
    source: SOURCE,
    relatedParks: [],
  },
  {
    slug: 'sample-portal-launch-notice',
    kind: 'announcement',
    // Dated the day the database is seeded, like the sample events.
    date: new Date().toISOString(),
    title: both(
      '（示例）“粤企入赣”投资促进门户试运行公告',
      '(Sample) The “Guangdong firms into Ganzhou” portal opens for trial',
    ),
    summary: both(
      '示例公告：本站进入试运行，欢迎企业通过“投资咨询”提出意见。',
      'Sample announcement: the portal is open for trial; firms are welcome to send their comments through “Enquire”.',
    ),
    body: rt(
      ['这是演示用的示例公告，日期随种子数据生成。'],
      ['This is a sample announcement for the demo; its date is set when the database is seeded.'],
    ),
    source: both('本站（示例）', 'This site (sample)'),
    relatedParks: [],
  },
]
