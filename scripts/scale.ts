/**
 * One part of the scale data set (`npm run scale` runs the parts, see scripts/scale.mjs): documents
 * `from`..`to` of one section, each published in Chinese and English and marked as a sample
 * (示例 / Sample) in its title: `npx payload run scripts/scale.ts <section> <from> <to>`.
 * Written through Payload's Local API, so every hook runs (translation state, search index,
 * versions) as it would for an editor; only page revalidation is skipped.
 * A document's content depends on its section and number only: parts can run in any order, and
 * two runs generate the same content.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { Section as RegistrySection } from '@/lib/sections'
import { counties, eventTypes, type Option, originCities, parkLevels, policyCategories } from '@/lib/schema/options'

/** A rare phrase, in one policy in a thousand: the benchmark's rare search term. */
const RARE = { zh: '钨钼合金', en: 'Molybdenum' }

/** Sentences that sample summaries are made of, in both languages. */
const PHRASES: [string, string][] = [
  [
    '园区提供标准厂房和配套用地，企业可拎包入住。',
    'The park offers standard factories and serviced land ready to move into.',
  ],
  [
    '对接粤港澳大湾区产业链，承接电子信息、新能源和稀土新材料项目。',
    'It links to Greater Bay Area supply chains and takes electronics, new-energy and rare-earth materials projects.',
  ],
  [
    '设立一站式政务服务窗口，审批事项限时办结。',
    'A one-stop government service window handles approvals within fixed deadlines.',
  ],
  [
    '对新引进的制造业项目按固定资产投资给予奖励。',
    'New manufacturing projects receive awards based on their fixed-asset investment.',
  ],
  [
    '支持企业引进高层次人才，提供住房和子女入学保障。',
    'Firms are helped to recruit senior talent, with housing and school places for their children.',
  ],
  [
    '赣深高铁开通后，赣州至深圳最快两个多小时可达。',
    'Since the Ganzhou–Shenzhen high-speed railway opened, Shenzhen is just over two hours away.',
  ],
  [
    '鼓励企业开展研发创新，对研发投入给予补助。',
    'Research and development is encouraged, with subsidies for R&D spending.',
  ],
  [
    '为物流企业提供铁海联运和跨境通关便利。',
    'Logistics firms get rail-sea intermodal services and faster cross-border clearance.',
  ],
]

/** Places in Ganzhou (not "citywide", not the Shenzhen office). */
const places = counties.filter(({ value }) => value !== 'citywide' && !value.startsWith('shenzhen'))
const label = (option: Option, locale: 'zh' | 'en') => option.label[locale] ?? option.value

/** A small deterministic random source for document `n` of a section. */
function randomFor(section: string, n: number) {
  let state = [...section].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) % 2 ** 31, n * 7919 + 1)
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
  return {
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
  }
}

function summary(n: number, rare = false) {
  const [first, second] = [PHRASES[n % PHRASES.length]!, PHRASES[(n * 3 + 1) % PHRASES.length]!]
  return {
    zh: `示例内容。${first[0]}${second[0]}${rare ? `重点支持${RARE.zh}深加工。` : ''}`,
    en: `Sample content. ${first[1]} ${second[1]}${rare ? ` ${RARE.en} alloy processing is a priority.` : ''}`,
  }
}

type Industry = { id: number; name: { zh: string; en: string } }
type Sample = { shared: object; zh: object; en: object }
type Context = { industries: Industry[]; parkIds: number[] }

const samples = {
  parks: (n, { industries }): Sample => {
    const { pick, int } = randomFor('parks', n)
    const [county, industry, id] = [pick(places), pick(industries), String(n).padStart(4, '0')]
    const text = summary(n)
    return {
      shared: {
        county: county.value,
        level: pick(parkLevels).value,
        plannedArea: { value: int(200, 20_000), unit: 'mu' },
        leadIndustries: [industry.id],
        lastVerified: new Date().toISOString(),
        slug: `sample-park-${id}`,
      },
      zh: { name: `【示例】${label(county, 'zh')}${industry.name.zh}产业园${id}`, summary: text.zh },
      en: { name: `[Sample] ${industry.name.en} Park ${id}, ${label(county, 'en')}`, summary: text.en },
    }
  },
  policies: (n, { industries }): Sample => {
    const { pick, int, chance } = randomFor('policies', n)
    const [county, industry, category] = [pick(places), pick(industries), pick(policyCategories)]
    const id = String(n).padStart(5, '0')
    const year = int(2019, 2026)
    const text = summary(n, n % 1000 === 7)
    return {
      shared: {
        documentNumber: `SAMPLE-${year}-${id}`,
        category: category.value,
        industries: [industry.id],
        effectiveDate: new Date(Date.UTC(year, int(0, 11), int(1, 28))).toISOString(),
        ...(chance(0.4) ? { expiryDate: new Date(Date.UTC(year + int(1, 5), 11, 31)).toISOString() } : {}),
        lastVerified: new Date().toISOString(),
        slug: `sample-policy-${id}`,
      },
      zh: {
        title: `【示例】${label(county, 'zh')}支持${industry.name.zh}产业发展的${label(category, 'zh')}措施（${id}）`,
        issuer: `${label(county, 'zh')}人民政府（示例）`,
        summary: text.zh,
      },
      en: {
        title: `[Sample] ${label(county, 'en')}: ${label(category, 'en')} measures for the ${industry.name.en} industry (${id})`,
        issuer: `${label(county, 'en')} People's Government (sample)`,
        summary: text.en,
      },
    }
  },
  events: (n): Sample => {
    const { pick, int } = randomFor('events', n)
    const [type, county, id] = [pick(eventTypes), pick(places), String(n).padStart(4, '0')]
    // From three years ago to a year ahead, on the hour (Beijing 09:00–16:00).
    const day = Math.floor(Date.now() / 86_400_000) + int(-3 * 365, 365)
    const text = summary(n)
    return {
      shared: {
        type: type.value,
        startsAt: new Date(day * 86_400_000 + int(1, 8) * 3_600_000).toISOString(),
        slug: `sample-event-${id}`,
      },
      zh: {
        title: `【示例】${label(county, 'zh')}${label(type, 'zh')}${id}`,
        city: label(county, 'zh'),
        summary: text.zh,
      },
      en: {
        title: `[Sample] ${label(type, 'en')} ${id}, ${label(county, 'en')}`,
        city: label(county, 'en'),
        summary: text.en,
      },
    }
  },
  cases: (n, { industries, parkIds }): Sample => {
    const { pick, int } = randomFor('cases', n)
    const [origin, industry, id] = [pick(originCities), pick(industries), String(n).padStart(4, '0')]
    const text = summary(n)
    return {
      shared: {
        originCity: origin.value,
        industry: industry.id,
        ...(parkIds.length ? { park: pick(parkIds) } : {}),
        investmentAmount: int(1, 200) * 10_000_000,
        investmentYear: int(2015, 2026),
        slug: `sample-case-${id}`,
      },
      zh: { companyName: `示例企业${id}（${label(origin, 'zh')}）`, summary: text.zh },
      en: { companyName: `Sample Company ${id} (${label(origin, 'en')})`, summary: text.en },
    }
  },
} satisfies Partial<Record<RegistrySection, (n: number, context: Context) => Sample>>

type Section = keyof typeof samples
const isSection = (value: string | undefined): value is Section => !!value && value in samples

/** A fresh context per call: Payload and our hooks write into it. */
const context = (more: object = {}) => ({ disableRevalidate: true, seeding: true, ...more })

/** Creates one published document in Chinese, then adds its English text. */
async function publish(payload: Payload, collection: Section, { shared, zh, en }: Sample) {
  const doc = await payload.create({
    collection,
    locale: 'zh',
    data: { ...shared, ...zh, _status: 'published' } as never,
    overrideAccess: true,
    // Indexed once, when the English is in.
    context: context({ indexLater: true }),
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { ...en, _status: 'published' } as never,
    overrideAccess: true,
    context: context(),
  })
}

const [section, from, to] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])]
if (!isSection(section) || !(from >= 1 && to >= from)) {
  console.error(`Usage: npx payload run scripts/scale.ts <${Object.keys(samples).join('|')}> <from> <to>`)
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  const industries = (
    await payload.find({
      collection: 'industries',
      pagination: false,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      select: { name: true },
    })
  ).docs.map((doc) => ({ id: doc.id, name: doc.name as unknown as Industry['name'] }))
  if (industries.length === 0) throw new Error('No industries: seed this database first (npm run seed).')
  const parkIds =
    section === 'cases'
      ? (
          await payload.find({
            collection: 'parks',
            pagination: false,
            depth: 0,
            overrideAccess: true,
            where: { slug: { like: 'sample-park-' } },
            select: {},
          })
        ).docs.map((doc) => doc.id)
      : []
  for (let n = from; n <= to; n++) await publish(payload, section, samples[section](n, { industries, parkIds }))
} finally {
  await payload.destroy()
}
process.exit(0)
