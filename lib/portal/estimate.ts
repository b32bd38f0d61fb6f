/**
 * The cost estimate (in the comparison and from a park page): a firm's own figures — land bought in
 * 亩, factory floor rented, staff, a year's electricity and water — over 1 to 5 years, priced with a
 * park's published costs. Pure: no Payload, no React, no language (the page says it); unit-tested in
 * tests/unit/estimate.test.ts. Incentives are not subtracted: their amounts depend on conditions the
 * page lists beside the estimate. Where a park publishes a cost as a range, the lines and totals it
 * enters are ranges too.
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

/** The costs a park publishes, each a figure or, with its `…Max`, a range "from … to …". */
export const PRICE_KEYS = ['landPrice', 'factoryRent', 'wage', 'electricity', 'water'] as const
export type PriceKey = (typeof PRICE_KEYS)[number]

/** A park's published costs (collections/Parks.ts `costs`). */
export type ParkCosts = Partial<Record<PriceKey | `${PriceKey}Max`, number | null>>

/**
 * A published cost as the lowest and highest figure: `high` only when the park gives a range (its
 * `…Max` above the figure); undefined when it gives no figure. A `…Max` alone, or below the figure,
 * is not a range (the admin refuses both; older data may hold them).
 */
export function priceRange(
  costs: ParkCosts | null | undefined,
  key: PriceKey,
): { low: number; high?: number } | undefined {
  const low = costs?.[key] ?? undefined
  if (low === undefined) return undefined
  const high = costs?.[`${key}Max`] ?? undefined
  return high !== undefined && high > low ? { low, high } : { low }
}

export type LineKey = 'land' | 'rent' | 'wages' | 'electricity' | 'water'

/**
 * One line of an estimate: `quantity` × `price` (the park's figure, in its unit), `times` over the
 * period (1 for land bought once, 12 × years for a monthly price, years for a yearly use), and the
 * amount; no amount when the park gives no price (the line is then left out of the total). Where
 * the park gives a range, `priceMax` and `amountMax` are its upper end (both absent otherwise).
 */
export type EstimateLine = {
  key: LineKey
  quantity: number
  price?: number
  priceMax?: number
  times: number
  amount?: number
  amountMax?: number
  /** Paid once (land) or every year. */
  once: boolean
}

export type Estimate = {
  years: number
  lines: EstimateLine[]
  /** The sum of the lines that have an amount (their lower ends). */
  total: number
  /** The sum of their upper ends: `total` when no line is a range. */
  totalMax: number
  /** What a year costs after the first (the recurring lines only), low and high. */
  perYear: number
  perYearMax: number
  /** Lines the firm asked for whose price the park does not give. */
  missing: LineKey[]
}

const LINES: {
  key: LineKey
  input: Exclude<EstimateKey, 'years'>
  price: PriceKey
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
    const range = priceRange(costs, priceKey)
    const times = per === 'once' ? 1 : per === 'month' ? 12 * years : years
    const once = per === 'once'
    if (!range) return [{ key, quantity, times, once }]
    const line: EstimateLine = {
      key,
      quantity,
      price: range.low,
      times,
      amount: Math.round(quantity * range.low * times),
      once,
    }
    if (range.high !== undefined) {
      line.priceMax = range.high
      line.amountMax = Math.round(quantity * range.high * times)
    }
    return [line]
  })
  const priced = lines.filter((line) => line.amount !== undefined)
  const recurring = priced.filter((line) => !line.once)
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  return {
    years,
    lines,
    total: sum(priced.map((line) => line.amount!)),
    totalMax: sum(priced.map((line) => line.amountMax ?? line.amount!)),
    perYear: Math.round(sum(recurring.map((line) => line.quantity * line.price! * (line.times / years)))),
    perYearMax: Math.round(
      sum(recurring.map((line) => line.quantity * (line.priceMax ?? line.price!) * (line.times / years))),
    ),
    missing: lines.filter((line) => line.amount === undefined).map((line) => line.key),
  }
}
