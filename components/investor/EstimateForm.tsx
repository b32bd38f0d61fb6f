import { getTranslations } from 'next-intl/server'

import { LabelledSelect } from '@/components/LabelledSelect'
import { htmlLang, type Locale } from '@/i18n/locales'
import {
  ESTIMATE_KEYS,
  ESTIMATE_LIMITS,
  type EstimateError,
  type EstimateKey,
  DEFAULT_YEARS,
} from '@/lib/portal/estimate'
import type { FinderAnswers } from '@/lib/portal/finderAnswers'
import { firmSizes, optionChoices, originCities } from '@/lib/schema/options'
import { comparePath } from '@/lib/sections'

type Choice = { value: string; label: string }
const FIGURES = ESTIMATE_KEYS.filter((key): key is Exclude<EstimateKey, 'years'> => key !== 'years')

/**
 * The cost estimate's questions as a GET form to the comparison (the figures are its URL, it works
 * without JavaScript, and the result can be shared): the parks to price in hidden fields, the
 * firm's figures as typed (`raw`) with the reason any was refused beside it, and, where `firm` is
 * given, the firm's industry, origin and size for the incentives that fit it.
 */
export async function EstimateForm({
  locale,
  parks,
  raw = {},
  errors = {},
  firm,
}: {
  locale: Locale
  parks: string[]
  raw?: Partial<Record<EstimateKey, string>>
  errors?: Partial<Record<EstimateKey, EstimateError>>
  firm?: { answers: FinderAnswers; industries: Choice[] }
}) {
  const [t, tf] = await Promise.all([getTranslations('Estimate'), getTranslations('Finder')])
  const number = new Intl.NumberFormat(htmlLang[locale])
  const error = (key: EstimateKey) => {
    const { max, whole } = ESTIMATE_LIMITS[key]
    if (errors[key] === 'number') return t('errorNumber')
    if (errors[key] === 'range')
      return t('errorRange', { min: key === 'years' ? 1 : 0, max: number.format(max), whole: String(whole) })
  }
  return (
    <form action={`${comparePath([], locale)}#estimate`} method="get" className="mt-4 print:hidden" noValidate>
      {parks.map((slug) => (
        <input key={slug} type="hidden" name="parks" value={slug} />
      ))}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIGURES.map((key) => {
          const message = error(key)
          return (
            <div key={key} className="flex min-w-0 flex-col gap-1">
              <label htmlFor={`estimate-${key}`} className="text-sm font-medium text-slate-700">
                {t(key)}
              </label>
              <input
                id={`estimate-${key}`}
                name={key}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                maxLength={30}
                defaultValue={raw[key] ?? ''}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `estimate-${key}-error` : undefined}
                className={`min-h-11 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-slate-900 ${message ? 'border-red-700' : 'border-slate-300'}`}
              />
              {message && (
                <p id={`estimate-${key}-error`} className="text-sm text-red-800">
                  {message}
                </p>
              )}
            </div>
          )
        })}
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="estimate-years" className="text-sm font-medium text-slate-700">
            {t('years')}
          </label>
          <select
            id="estimate-years"
            name="years"
            defaultValue={raw.years && !errors.years ? raw.years : String(DEFAULT_YEARS)}
            aria-describedby={errors.years ? 'estimate-years-error' : undefined}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
          >
            {[1, 2, 3, 4, 5].map((count) => (
              <option key={count} value={count}>
                {t('yearCount', { count })}
              </option>
            ))}
          </select>
          {errors.years && (
            <p id="estimate-years-error" className="text-sm text-red-800">
              {error('years')}
            </p>
          )}
        </div>
      </div>
      {firm && (
        <fieldset className="mt-5">
          <legend className="text-sm font-medium text-slate-700">{t('firm')}</legend>
          <div className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-3">
            {(
              [
                ['industry', firm.industries],
                ['origin', optionChoices(originCities, locale)],
                ['size', optionChoices(firmSizes, locale)],
              ] as const
            ).map(([name, options]) => (
              <LabelledSelect
                key={name}
                id={`estimate-${name}`}
                name={name}
                label={tf(name)}
                value={firm.answers[name]}
                empty={tf('any')}
                options={[...options]}
              />
            ))}
          </div>
        </fieldset>
      )}
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 mt-5 rounded-md px-4 py-2 font-medium text-white"
      >
        {t('submit')}
      </button>
    </form>
  )
}
