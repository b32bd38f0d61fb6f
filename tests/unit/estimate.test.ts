import { describe, expect, it } from 'vitest'

import {
  ESTIMATE_KEYS,
  ESTIMATE_LIMITS,
  estimateCosts,
  estimateQuery,
  type EstimateInput,
  type ParkCosts,
  readEstimate,
} from '@/lib/portal/estimate'
import { compareQuery } from '@/lib/portal/toolQueries'

import { seeded } from '../helpers/random'

const PARK: ParkCosts = { landPrice: 150_000, factoryRent: 12, wage: 4300, electricity: 0.62, water: 3.1 }

describe('the cost estimate', () => {
  it('prices a firm’s figures with a park’s costs: land once, the rest every year', () => {
    const estimate = estimateCosts(PARK, {
      land: 20,
      floor: 5000,
      staff: 100,
      power: 1_000_000,
      water: 20_000,
      years: 3,
    })
    expect(estimate.lines.map((line) => [line.key, line.amount])).toEqual([
      ['land', 3_000_000],
      ['rent', 2_160_000],
      ['wages', 15_480_000],
      ['electricity', 1_860_000],
      ['water', 186_000],
    ])
    expect(estimate.total).toBe(22_686_000)
    expect(estimate.perYear).toBe((2_160_000 + 15_480_000 + 1_860_000 + 186_000) / 3)
    expect(estimate.missing).toEqual([])
  })

  it('holds for generated firms and parks: lines only for what was asked, totals add up, years scale the recurring lines', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = seeded(seed)
      const costs: ParkCosts = {
        landPrice: r.chance(0.8) ? r.int(0, 500_000) : null,
        factoryRent: r.chance(0.8) ? r.int(0, 60) : undefined,
        wage: r.chance(0.8) ? r.int(1000, 20_000) : null,
        electricity: r.chance(0.8) ? r.int(1, 200) / 100 : null,
        water: r.chance(0.8) ? r.int(1, 100) / 10 : null,
      }
      const input: EstimateInput = { years: r.int(1, 5) }
      for (const key of ['land', 'floor', 'staff', 'power', 'water'] as const)
        if (r.chance(0.6)) input[key] = key === 'staff' ? r.int(0, 5000) : r.int(0, 1_000_000) / r.pick([1, 10, 100])
      const estimate = estimateCosts(costs, input)
      const context = `seed ${seed}: ${JSON.stringify({ costs, input })}`

      const asked = (['land', 'floor', 'staff', 'power', 'water'] as const).filter((key) => input[key] !== undefined)
      expect(estimate.lines.length, context).toBe(asked.length)
      const priced = estimate.lines.filter((line) => line.amount !== undefined)
      expect(estimate.total, context).toBe(priced.reduce((sum, line) => sum + line.amount!, 0))
      expect(estimate.missing, context).toEqual(estimate.lines.filter((l) => l.price === undefined).map((l) => l.key))
      for (const line of estimate.lines) expect(line.amount === undefined, context).toBe(line.price === undefined)

      const oneYear = estimateCosts(costs, { ...input, years: 1 })
      estimate.lines.forEach((line, i) => {
        const first = oneYear.lines[i]!
        if (line.amount === undefined) return
        if (line.once) expect(line.amount, context).toBe(first.amount)
        else expect(Math.abs(line.amount - first.amount! * input.years), context).toBeLessThanOrEqual(input.years)
      })
      expect(estimate.total, context).toBeGreaterThanOrEqual(0)
    }
  })

  it('leaves out of the total what the park does not price, and says so', () => {
    const estimate = estimateCosts({ factoryRent: 10 }, { land: 10, floor: 1000, years: 2 })
    expect(estimate.lines.map((line) => [line.key, line.amount])).toEqual([
      ['land', undefined],
      ['rent', 240_000],
    ])
    expect(estimate.total).toBe(240_000)
    expect(estimate.missing).toEqual(['land'])
    expect(estimateCosts(null, { staff: 5, years: 1 }).missing).toEqual(['wages'])
  })

  it('makes a range of a line and of the totals where the park gives a price as a range', () => {
    const estimate = estimateCosts(
      { ...PARK, wageMax: 5200, landPriceMax: 150_000, factoryRentMax: 10 },
      { land: 20, floor: 5000, staff: 100, years: 3 },
    )
    expect(estimate.lines.map((line) => [line.key, line.amount, line.amountMax])).toEqual([
      // A top equal to the figure, or below it, is not a range.
      ['land', 3_000_000, undefined],
      ['rent', 2_160_000, undefined],
      ['wages', 15_480_000, 18_720_000],
    ])
    expect(estimate.lines[2]).toMatchObject({ price: 4300, priceMax: 5200 })
    expect([estimate.total, estimate.totalMax]).toEqual([20_640_000, 23_880_000])
    expect([estimate.perYear, estimate.perYearMax]).toEqual([5_880_000, 6_960_000])
  })

  it('holds for generated ranges: each end priced alone gives the same lines, and a range never shrinks', () => {
    const keys = ['landPrice', 'factoryRent', 'wage', 'electricity', 'water'] as const
    for (let seed = 1; seed <= 400; seed++) {
      const r = seeded(seed)
      const costs: ParkCosts = {}
      for (const key of keys) {
        if (r.chance(0.2)) continue
        const low = r.int(0, 20_000) / r.pick([1, 100])
        costs[key] = low
        if (r.chance(0.6)) costs[`${key}Max`] = r.chance(0.8) ? low + r.int(0, 5000) / r.pick([1, 100]) : low / 2
      }
      const input: EstimateInput = { years: r.int(1, 5) }
      for (const key of ['land', 'floor', 'staff', 'power', 'water'] as const)
        if (r.chance(0.7)) input[key] = key === 'staff' ? r.int(0, 5000) : r.int(0, 100_000) / r.pick([1, 10])
      const context = `seed ${seed}: ${JSON.stringify({ costs, input })}`
      const estimate = estimateCosts(costs, input)
      // The low ends are the estimate without the tops; the high ends the estimate at the tops.
      const lows = Object.fromEntries(keys.map((key) => [key, costs[key]]))
      const highs = Object.fromEntries(
        keys.map((key) => {
          const from = costs[key]
          return [key, from == null ? from : Math.max(from, costs[`${key}Max`] ?? from)]
        }),
      )
      const low = estimateCosts(lows, input)
      const high = estimateCosts(highs, input)
      expect(
        estimate.lines.map((line) => line.amount),
        context,
      ).toEqual(low.lines.map((line) => line.amount))
      expect(
        estimate.lines.map((line) => line.amountMax ?? line.amount),
        context,
      ).toEqual(high.lines.map((line) => line.amount))
      expect([estimate.total, estimate.perYear], context).toEqual([low.total, low.perYear])
      expect([estimate.totalMax, estimate.perYearMax], context).toEqual([high.total, high.perYear])
      for (const line of estimate.lines) {
        if (line.amountMax !== undefined) expect(line.amountMax, context).toBeGreaterThanOrEqual(line.amount!)
        expect(line.priceMax === undefined || line.priceMax > line.price!, context).toBe(true)
      }
    }
  })
})

describe('reading a firm’s figures', () => {
  it('reads numbers as people type them: separators, spaces, full-width digits, decimals', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed)
      const value = r.int(0, 99_999)
      const decimals = r.chance(0.3) ? r.int(1, 99) : undefined
      let typed = value.toLocaleString('en-US') + (decimals !== undefined ? `.${decimals}` : '')
      if (r.chance(0.3)) typed = typed.replace(/,/g, '')
      if (r.chance(0.3))
        typed = [...typed].map((c) => (/\d/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')
      if (r.chance(0.2)) typed = ` ${typed} `
      const expected = Number(`${value}${decimals !== undefined ? `.${decimals}` : ''}`)
      const { input, errors } = readEstimate(new URLSearchParams({ land: typed }))
      expect(errors, `seed ${seed}: ${typed}`).toEqual({})
      expect(input.land, `seed ${seed}: ${typed}`).toBe(expected)
    }
  })

  it('refuses what is not a number, and numbers outside each figure’s limits, never throwing', () => {
    const notNumbers = ['abc', '1e5', '0x10', '--1', '1..2', 'NaN', 'Infinity', '١٢٣', '12元', '½', '1 2 3a']
    for (const typed of notNumbers)
      expect(readEstimate(new URLSearchParams({ staff: typed })).errors.staff, typed).toBe('number')
    for (const key of ESTIMATE_KEYS) {
      const { max, whole } = ESTIMATE_LIMITS[key]
      expect(readEstimate(new URLSearchParams({ [key]: String(max * 10) })).errors[key], key).toBe('range')
      expect(readEstimate(new URLSearchParams({ [key]: '-1' })).errors[key], key).toBe('range')
      if (whole) expect(readEstimate(new URLSearchParams({ [key]: '2.5' })).errors[key], key).toBe('range')
    }
    expect(readEstimate(new URLSearchParams({ years: '0' })).errors.years).toBe('range')
    // Any text at all: a result, never an exception; a refused value is kept as typed (at most 30 characters).
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed)
      const typed = Array.from({ length: r.int(1, 60) }, () =>
        String.fromCodePoint(
          r.pick([r.int(32, 126), r.int(0x4e00, 0x9fff), r.int(0xff01, 0xff5e), r.int(0x1f600, 0x1f64f)]),
        ),
      ).join('')
      const key = r.pick(ESTIMATE_KEYS)
      const read = readEstimate(new URLSearchParams({ [key]: typed }))
      const kept = typed.trim().slice(0, 30)
      if (kept) expect(read.raw[key], `seed ${seed}`).toBe(kept)
      expect(read.valid, `seed ${seed}`).toBe(read.errors[key] === undefined)
    }
  })

  it('asks for an estimate only when a figure is given; the period alone is not one', () => {
    expect(readEstimate(new URLSearchParams('years=2')).asked).toBe(false)
    expect(readEstimate(new URLSearchParams('staff=&years=2')).asked).toBe(false)
    expect(readEstimate(new URLSearchParams('staff=0')).asked).toBe(true)
    expect(readEstimate(new URLSearchParams('staff=9')).input.years).toBe(3)
  })

  it('writes one canonical query whatever the order, and reads it back the same', () => {
    const one = estimateQuery(new URLSearchParams('years=5&utm=x&staff=100&land=20'))
    expect(one).toBe('land=20&staff=100&years=5')
    expect(estimateQuery(new URLSearchParams('land=20&years=5&staff=100'))).toBe(one)
    expect(estimateQuery(new URLSearchParams(one))).toBe(one)
    expect(estimateQuery(new URLSearchParams('years=4'))).toBe('')
  })

  it('joins the comparison’s query: the parks, the figures, then the firm’s answers, these only with figures', () => {
    expect(compareQuery(new URLSearchParams('origin=hong-kong&staff=50&parks=b,a&industry=electronics'))).toBe(
      'parks=b%2Ca&staff=50&industry=electronics&origin=hong-kong',
    )
    expect(compareQuery(new URLSearchParams('parks=a,b&industry=electronics'))).toBe('parks=a%2Cb')
    expect(compareQuery(new URLSearchParams('staff=50'))).toBe('')
  })
})
