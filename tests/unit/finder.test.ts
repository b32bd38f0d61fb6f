import { describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'

import { type FinderIncentive, type FinderPark, matchFinder } from '@/lib/portal/finder'
import { answersQuery, type FinderAnswers, readAnswers } from '@/lib/portal/finderAnswers'
import { finderText } from '@/lib/portal/finderText'

/** The policy finder's matching (lib/portal/finder.ts) and its sentences (lib/portal/finderText.ts). */
const now = new Date('2026-06-01T00:00:00Z')

const incentive = (slug: string, title: string, over: Partial<FinderIncentive> = {}): FinderIncentive => ({
  slug,
  title,
  industries: [],
  firmOrigin: ['any'],
  minimumInvestment: null,
  firmSizes: [],
  projectTypes: [],
  parks: [],
  counties: [],
  benefitTypes: ['tax'],
  ...over,
})

const open = incentive('open', 'Open to all')
const electronics = incentive('electronics', 'Electronics rent relief', {
  industries: ['electronics'],
  firmSizes: ['small', 'medium'],
  benefitTypes: ['rent'],
  parks: ['sz-park'],
})
const relocation = incentive('relocation', 'Relocation tax reward', {
  firmOrigin: ['guangdong', 'gba'],
  projectTypes: ['relocating'],
  minimumInvestment: 50_000_000,
  minimumJobs: 50,
})
const hongKong = incentive('hk', 'Hong Kong case officer', {
  firmOrigin: ['hong-kong-macao'],
  benefitTypes: ['services'],
})
const expired = incentive('expired', 'Expired', { expiryDate: '2025-12-31T00:00:00Z' })
const future = incentive('future', 'Future', { effectiveDate: '2027-01-01T00:00:00Z' })
const incentives = [open, electronics, relocation, hongKong, expired, future]

const parks: FinderPark[] = [
  {
    slug: 'sz-park',
    name: 'Science park',
    county: 'ganzhou-etdz',
    industries: ['electronics'],
    siteKinds: ['factory'],
  },
  { slug: 'port', name: 'Inland port', county: 'nankang', industries: ['modern-logistics'], siteKinds: ['land'] },
]

const answers = (over: Partial<FinderAnswers> = {}): FinderAnswers => ({ needs: [], ...over })
const run = (over: Partial<FinderAnswers> = {}, locale: Locale = 'en') =>
  matchFinder(answers(over), { incentives, parks }, { locale, now })
const slugs = (over: Partial<FinderAnswers> = {}) => run(over).incentives.map((m) => m.incentive.slug)
const of = (over: Partial<FinderAnswers>, slug: string) => run(over).incentives.find((m) => m.incentive.slug === slug)

describe('policy finder matching', () => {
  it('with no answers lists every incentive in force, no reasons, each condition left to check, and all parks', () => {
    const result = run()
    expect(result.incentives.map((m) => m.incentive.slug).sort()).toEqual(
      ['electronics', 'future', 'hk', 'open', 'relocation'].sort(),
    )
    expect(result.incentives.every((m) => m.reasons.length === 0)).toBe(true)
    expect(of({}, 'open')?.checks).toEqual([])
    expect(of({}, 'electronics')?.checks.map((c) => c.kind)).toEqual(['industry', 'size', 'place'])
    expect(of({}, 'relocation')?.checks.map((c) => c.kind)).toEqual(['origin', 'investment', 'project', 'jobs'])
    expect(of({}, 'future')?.checks).toEqual([{ kind: 'notYet', date: '2027-01-01T00:00:00Z' }])
    expect(result.parks.map((m) => m.park.slug).sort()).toEqual(['port', 'sz-park'])
  })

  it('industry alone: met is a reason, another industry rules it out, no condition keeps it', () => {
    expect(of({ industry: 'electronics' }, 'electronics')?.reasons).toEqual([
      { kind: 'industry', answer: 'electronics' },
    ])
    expect(slugs({ industry: 'biomedicine' })).not.toContain('electronics')
    expect(slugs({ industry: 'biomedicine' })).toContain('open')
    // Parks: only those whose lead industries include it.
    expect(run({ industry: 'electronics' }).parks.map((m) => m.park.slug)).toEqual(['sz-park'])
  })

  it('firm size alone', () => {
    expect(of({ size: 'small' }, 'electronics')?.reasons).toEqual([{ kind: 'size', answer: 'small' }])
    expect(slugs({ size: 'large' })).not.toContain('electronics')
  })

  it('origin alone, through the origin groups (Guangdong, Bay Area, Hong Kong and Macao)', () => {
    expect(of({ origin: 'dongguan' }, 'relocation')?.reasons).toEqual([{ kind: 'origin', answer: 'dongguan' }])
    expect(of({ origin: 'hong-kong' }, 'relocation')?.reasons).toEqual([{ kind: 'origin', answer: 'hong-kong' }])
    expect(slugs({ origin: 'hong-kong' })).toContain('hk')
    expect(slugs({ origin: 'shenzhen' })).not.toContain('hk')
    expect(slugs({ origin: 'other' })).not.toContain('relocation')
    expect(slugs({ origin: 'other' })).toContain('open')
  })

  it('planned investment alone: above the minimum meets it, below rules it out, a range across it is left to check', () => {
    expect(of({ investment: '100m-500m' }, 'relocation')?.reasons).toEqual([
      { kind: 'investment', answer: '100m-500m', minimum: 50_000_000 },
    ])
    expect(slugs({ investment: '10m-50m' })).not.toContain('relocation')
    const straddling = incentive('x', 'X', { minimumInvestment: 70_000_000 })
    const result = matchFinder(
      answers({ investment: '50m-100m' }),
      { incentives: [straddling], parks: [] },
      { locale: 'en', now },
    )
    expect(result.incentives[0]?.checks).toEqual([{ kind: 'investment', minimum: 70_000_000 }])
  })

  it('project type alone', () => {
    expect(of({ project: 'relocating' }, 'relocation')?.reasons).toEqual([{ kind: 'project', answer: 'relocating' }])
    expect(slugs({ project: 'new' })).not.toContain('relocation')
  })

  it('needs alone: incentives that offer one of them, parks with a site that answers them', () => {
    expect(slugs({ needs: ['rent'] })).toEqual(['electronics'])
    expect(of({ needs: ['rent', 'services'] }, 'hk')?.reasons).toEqual([{ kind: 'need', answer: 'services' }])
    const port = run({ needs: ['land'] }).parks.find((m) => m.park.slug === 'port')
    expect(port?.reasons).toEqual([{ kind: 'site', answer: 'land' }])
  })

  it('conflicting answers: one condition met and another failed rules the incentive out', () => {
    // Right industry and size, but it offers rent relief and the investor needs only tax help.
    expect(slugs({ industry: 'electronics', size: 'small', needs: ['tax'] })).not.toContain('electronics')
    // A Shenzhen firm fits the origin of the relocation reward, but plans a new investment.
    expect(slugs({ origin: 'shenzhen', project: 'new' })).not.toContain('relocation')
    // Guangzhou is in Guangdong but not Hong Kong or Macao.
    expect(slugs({ origin: 'guangzhou', needs: ['services'] })).toEqual([])
  })

  it('ranks by conditions met, names the park-specific incentives of each park, and expires what ended', () => {
    const result = run({ industry: 'electronics', size: 'medium', origin: 'shenzhen' })
    expect(result.incentives[0]?.incentive.slug).toBe('electronics')
    expect(result.parks[0]).toMatchObject({ park: { slug: 'sz-park' }, incentives: ['electronics'] })
    expect(slugs()).not.toContain('expired')
  })

  it('orders titles by the reader’s language: pinyin in Chinese, alphabet in English', () => {
    const zh = [incentive('a', '租金减免'), incentive('b', '安家补贴'), incentive('c', '贷款贴息')]
    const en = [incentive('a', 'Rent relief'), incentive('b', 'Housing allowance'), incentive('c', 'Loan interest')]
    const titles = (list: FinderIncentive[], locale: Locale) =>
      matchFinder(answers(), { incentives: list, parks: [] }, { locale, now }).incentives.map((m) => m.incentive.title)
    expect(titles(zh, 'zh')).toEqual(['安家补贴', '贷款贴息', '租金减免'])
    expect(titles(en, 'en')).toEqual(['Housing allowance', 'Loan interest', 'Rent relief'])
  })

  it('reads answers from a URL and writes them back in one canonical order', () => {
    const read = readAnswers(new URLSearchParams('need=rent&origin=shenzhen&need=land&investment=undecided&size='))
    expect(read).toEqual({ origin: 'shenzhen', needs: ['rent', 'land'] })
    expect(answersQuery(read)).toBe('origin=shenzhen&need=land&need=rent')
  })
})

describe('policy finder sentences', () => {
  const names = { industries: { electronics: '电子信息' }, parks: { 'sz-park': '深圳科技园赣州园区' } }
  const namesEn = { industries: { electronics: 'Electronic information' }, parks: { 'sz-park': 'Science park' } }

  it('say why it matches and what is left to check, in Chinese', () => {
    const { reason, check } = finderText('zh', names)
    expect(reason({ kind: 'industry', answer: 'electronics' })).toBe('产业：电子信息（与您的回答相符）')
    expect(reason({ kind: 'investment', answer: '100m-500m', minimum: 50_000_000 })).toBe(
      '最低投资5000万元，您计划投资1亿–5亿元',
    )
    expect(check({ kind: 'size', required: ['medium', 'large'] })).toBe('仅限：中型企业或大型企业')
    expect(check({ kind: 'place', parks: ['sz-park'], counties: ['nankang'] })).toBe(
      '仅在以下地点适用：深圳科技园赣州园区或南康区',
    )
    expect(check({ kind: 'jobs', minimum: 50 })).toBe('须带动至少50人就业')
  })

  it('say why it matches and what is left to check, in English', () => {
    const { reason, check } = finderText('en', namesEn)
    expect(reason({ kind: 'industry', answer: 'electronics' })).toBe('Industry: Electronic information (your answer)')
    expect(reason({ kind: 'investment', answer: '100m-500m', minimum: 50_000_000 })).toBe(
      'Minimum investment RMB 50 million; you plan RMB 100–500 million',
    )
    expect(check({ kind: 'size', required: ['medium', 'large'] })).toBe('Only for: Medium-sized firm or Large firm')
    expect(check({ kind: 'origin', required: ['hong-kong-macao'] })).toMatch(/^Only for: .*Hong Kong/)
    expect(check({ kind: 'revenue', minimum: 20_000_000 })).toBe('Annual revenue of at least RMB 20 million')
  })
})
