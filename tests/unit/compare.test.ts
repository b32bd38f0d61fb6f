import { describe, expect, it } from 'vitest'

import { askedSlugs, incentivesFor, lowest, MAX_PARKS, splitAsked, travelRows } from '@/lib/portal/compare'
import type { FinderIncentive } from '@/lib/portal/finder'

const incentive = (slug: string, where: Partial<FinderIncentive> = {}): FinderIncentive => ({
  slug,
  title: slug,
  industries: [],
  firmOrigin: [],
  firmSizes: [],
  projectTypes: [],
  parks: [],
  counties: [],
  benefitTypes: [],
  ...where,
})

describe('the park comparison as data', () => {
  it('reads the asked parks from one or many query values, trimmed, once each, at most 20', () => {
    expect(askedSlugs(undefined)).toEqual([])
    expect(askedSlugs(' a, b ,,a ')).toEqual(['a', 'b'])
    expect(askedSlugs(['a,b', 'c', 'b'])).toEqual(['a', 'b', 'c'])
    expect(askedSlugs(Array.from({ length: 30 }, (_, i) => `p${i}`))).toHaveLength(20)
    expect(askedSlugs('x'.repeat(500))[0]).toHaveLength(200)
  })

  it('keeps the known parks in the order asked, names the unknown, shows at most four', () => {
    const known = ['a', 'b', 'c', 'd', 'e']
    const split = splitAsked(['e', 'zz', 'a', 'b', 'c', 'd'], known)
    expect(split.known).toEqual(['e', 'a', 'b', 'c', 'd'])
    expect(split.unknown).toEqual(['zz'])
    expect(split.shown).toEqual(['e', 'a', 'b', 'c'])
    expect(split.shown).toHaveLength(MAX_PARKS)
  })

  it('marks the lowest value only when two or more parks have one and they differ', () => {
    // Generated rows: every mix of missing values and of equal and different numbers.
    const pool = [null, undefined, 3, 3, 5, 0.5]
    for (let mask = 0; mask < 6 ** 3; mask++) {
      const row = [mask % 6, Math.floor(mask / 6) % 6, Math.floor(mask / 36) % 6].map((i) => pool[i]!)
      const numbers = row.filter((v): v is number => typeof v === 'number')
      const expected = numbers.length >= 2 && new Set(numbers).size >= 2 ? Math.min(...numbers) : undefined
      expect(lowest(row), JSON.stringify(row)).toBe(expected)
    }
  })

  it('has a travel row per destination some park reaches, in the given order, with the shortest marked', () => {
    const parks = [
      { logistics: [{ destination: 'shenzhen', minutes: 150 }] },
      {
        logistics: [
          { destination: 'shenzhen', minutes: 120 },
          { destination: 'airport', minutes: 30 },
        ],
      },
      { logistics: null },
    ]
    const rows = travelRows(parks, ['guangzhou', 'airport', 'shenzhen'])
    expect(rows.map((row) => row.destination)).toEqual(['airport', 'shenzhen'])
    expect(rows[0]!.routes.map((r) => r?.minutes)).toEqual([undefined, 30, undefined])
    expect(rows[0]!.shortest).toBeUndefined()
    expect(rows[1]!.shortest).toBe(120)
  })

  it('lists for each park the incentives in force that name it or its county, and counts the citywide ones', () => {
    const now = new Date('2026-12-05T00:00:00Z')
    const incentives = [
      incentive('park-a', { parks: ['a'] }),
      incentive('county-x', { counties: ['x'] }),
      incentive('expired', { parks: ['a'], expiryDate: '2026-01-01' }),
      incentive('citywide'),
      incentive('citywide-expired', { expiryDate: '2020-01-01' }),
    ]
    const result = incentivesFor(
      [
        { slug: 'a', county: 'y' },
        { slug: 'b', county: 'x' },
        { slug: 'c', county: null },
      ],
      incentives,
      now,
    )
    expect(result.perPark.map((list) => list.map((i) => i.slug))).toEqual([['park-a'], ['county-x'], []])
    expect(result.citywide).toBe(1)
  })
})
