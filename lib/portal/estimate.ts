/**
 * The cost estimate (in the comparison and from a park page): a firm's own figures — land bought in
 * 亩, factory floor rented, staff, a year's electricity and water — over 1 to 5 years, priced with a
 * park's published costs. Pure: no Payload, no React, no language (the page says it); unit-tested in
 * tests/unit/estimate.test.ts. Incentives are not subtracted: their amounts depend on conditions the
 * page lists beside the estimate.
 */

/** The figures a firm gives, in the URL in this order (`?land=20&floor=5000&staff=120&years=3`). */
export const ESTIMATE_KEYS = ['land', 'floor', 'staff', 'power', 'water', 'years'] as const
export type EstimateKey = (typeof ESTIMATE_KEYS)[number]

/** What a firm may enter: land in 亩, floor in m², people, kWh and tonnes a year, whole years. */
export const ESTIMATE_LIMITS: Record<EstimateKey, { max: number; whole: boolean }> = {
  land: { max: 100_000, whole: false },
  floor: { max: 10_000_000, whole: false },
  staff: { max: 1_000_000, whole: true },
  power: { max: 100_000_000_000, whole: false },
  water: { max: 10_000_000_000, whole: false },
  years: { max: 5, whole: true },
}
export const DEFAULT_YEARS = 3

export type EstimateInput = Partial<Record<Exclude<EstimateKey, 'years'>, number>> & { years: number }
/** Why a value was refused: not a number, or outside its limits (negative, too big, years not 1–5, a fraction of a person). */
export type EstimateError = 'number' | 'range'

/** A value as typed: full-width digits (a Chinese keyboard), thousands separators and spaces allowed. */
function parseNumber(raw: string): number | undefined {
  const text = raw
    .normalize('NFKC')
    .replace(/[\s,，_']/g, '')
    .replace(/。/g, '.')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined
  return Number(text)
}

/**
 * The estimate's values in a query: each as typed (at most 30 characters; the cache key keeps what
 * was typed, so that a refused value is shown back with its error), the figures read and checked.
 * `asked` is true when any figure was given.
 */
export function readEstimate(params: URLSearchParams) {
  const raw: Partial<Record<EstimateKey, string>> = {}
  const errors: Partial<Record<EstimateKey, EstimateError>> = {}
  const input: EstimateInput = { years: DEFAULT_YEARS }
  for (const key of ESTIMATE_KEYS) {
    const typed = params.get(key)?.trim().slice(0, 30)
    if (!typed) continue
    raw[key] = typed
    const value = parseNumber(typed)
    const { max, whole } = ESTIMATE_LIMITS[key]
    const min = key === 'years' ? 1 : 0
    if (value === undefined || !Number.isFinite(value)) errors[key] = 'number'
    else if (value < min || value > max || (whole && !Number.isInteger(value))) errors[key] = 'range'
    else input[key] = value
  }
  const asked = ESTIMATE_KEYS.some((key) => key !== 'years' && raw[key] !== undefined)
  return { raw, errors, input, asked, valid: Object.keys(errors).length === 0 }
}

/** The estimate's part of a canonical query, in ESTIMATE_KEYS order, as typed ("" when no figure was given). */
export function estimateQuery(params: URLSearchParams): string {
  const { raw, asked } = readEstimate(params)
  if (!asked) return ''
  const out = new URLSearchParams()
  for (const key of ESTIMATE_KEYS) if (raw[key] !== undefined) out.set(key, raw[key])
  return out.toString()
}

/** A park's published costs (collections/Parks.ts `costs`). */
export type ParkCosts = {
  landPrice?: number | null
  factoryRent?: number | null
  wage?: number | null
  electricity?: number | null
  water?: number | null
}

export type LineKey = 'land' | 'rent' | 'wages' | 'electricity' | 'water'

/**
 * One line of an estimate: `quantity` × `price` (the park's figure, in its unit), `times` over the
 * period (1 for land bought once, 12 × years for a monthly price, years for a yearly use), and the
 * amount; no amount when the park gives no price (the line is then left out of the total).
 */
export type EstimateLine = {
  key: LineKey
  quantity: number
  price?: number
  times: number
  amount?: number
  /** Paid once (land) or every year. */
  once: boolean
}

export type Estimate = {
  years: number
  lines: EstimateLine[]
  /** The sum of the lines that have an amount. */
  total: number
  /** What a year costs after the first (the recurring lines only). */
  perYear: number
  /** Lines the firm asked for whose price the park does not give. */
  missing: LineKey[]
}

const LINES: {
  key: LineKey
  input: Exclude<EstimateKey, 'years'>
  price: keyof ParkCosts
  per: 'once' | 'month' | 'year'
}[] = [
  { key: 'land', input: 'land', price: 'landPrice', per: 'once' },
  { key: 'rent', input: 'floor', price: 'factoryRent', per: 'month' },
  { key: 'wages', input: 'staff', price: 'wage', per: 'month' },
  { key: 'electricity', input: 'power', price: 'electricity', per: 'year' },
  { key: 'water', input: 'water', price: 'water', per: 'year' },
]

/** A firm's figures priced with one park's costs, over `input.years`. Lines the firm left empty are not shown. */
export function estimateCosts(costs: ParkCosts | null | undefined, input: EstimateInput): Estimate {
  const years = input.years
  const lines = LINES.flatMap(({ key, input: field, price: priceKey, per }): EstimateLine[] => {
    const quantity = input[field]
    if (quantity === undefined) return []
    const price = costs?.[priceKey] ?? undefined
    const times = per === 'once' ? 1 : per === 'month' ? 12 * years : years
    const amount = price === undefined ? undefined : Math.round(quantity * price * times)
    return [{ key, quantity, price, times, amount, once: per === 'once' }]
  })
  const priced = lines.filter((line) => line.amount !== undefined)
  return {
    years,
    lines,
    total: priced.reduce((sum, line) => sum + line.amount!, 0),
    perYear: Math.round(
      priced
        .filter((line) => !line.once)
        .reduce((sum, line) => sum + line.quantity * line.price! * (line.times / years), 0),
    ),
    missing: lines.filter((line) => line.amount === undefined).map((line) => line.key),
  }
}
