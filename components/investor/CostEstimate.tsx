import { getTranslations } from 'next-intl/server'

import { MatchLists } from '@/components/investor/Checks'
import { EstimateForm } from '@/components/investor/EstimateForm'
import { htmlLang, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { ComparedPark, IncentiveDoc } from '@/lib/portal/data'
import { estimateCosts, type EstimateLine, readEstimate } from '@/lib/portal/estimate'
import { appliesIn, citywide, matchIncentive } from '@/lib/portal/finder'
import { answersQuery, keepKnown, readAnswers } from '@/lib/portal/finderAnswers'
import { finderText } from '@/lib/portal/finderText'
import { formatDate, formatFigure, formatList } from '@/lib/portal/format'
import { shownFact } from '@/lib/portal/samples'
import { firmSizes, originCities } from '@/lib/schema/options'
import { documentPath, finderPath } from '@/lib/sections'

type Choice = { value: string; label: string }
/** Where an amount goes in a message around it (private-use characters: never in a message). */
const SLOT = '\ue000'
const SLOT2 = '\ue001'
const values = (list: { value: string }[]) => list.map((o) => o.value)

/**
 * The comparison's cost estimate: the form, and for figures that could all be read, one card per
 * park with each line's inputs, price and amount (lib/portal/estimate.ts), the total over the
 * years, and the incentives named for that park or its county that fit the firm's answers, with
 * their conditions (the finder's matching); the method below the cards. Costs a park marks as
 * samples are marked so on every amount; costs it gives as ranges make ranges of amounts.
 */
export async function CostEstimate({
  locale,
  parks,
  query,
  incentives,
  industries,
}: {
  locale: Locale
  parks: ComparedPark[]
  query: URLSearchParams
  incentives: IncentiveDoc[]
  industries: Choice[]
}) {
  const [t, tf] = await Promise.all([getTranslations('Estimate'), getTranslations('Finder')])
  const { raw, errors, input, asked, valid } = readEstimate(query)
  const answers = keepKnown(readAnswers(query), {
    industry: values(industries),
    size: values(firmSizes),
    origin: values(originCities),
    investment: [],
    project: [],
    needs: [],
  })
  const say = finderText(locale, {
    industries: Object.fromEntries(industries.map((i) => [i.value, i.label])),
    parks: Object.fromEntries(parks.map((p) => [p.slug, p.name])),
  })
  const number = new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 2 }).format
  // An amount never breaks inside ("RMB 22.69 million"); a range may, after its dash, on a phone.
  const money = (yuan: number) => formatFigure(yuan, 'yuan', null, locale).replace(/ /g, '\u00a0')
  /** An amount, or a range of amounts where the park's price is a range. */
  const span = (low: number, high?: number) =>
    high === undefined || high === low ? money(low) : t('range', { low: money(low), high: money(high) })
  const whole = (yuan: number) => <span className="whitespace-nowrap">{money(yuan)}</span>
  /** `span` with each amount unbroken, for the amounts column (a range may break between its ends). */
  const spanNode = (low: number, high?: number) => {
    if (high === undefined || high === low) return whole(low)
    const [before = '', rest = ''] = t('range', { low: SLOT, high: SLOT2 }).split(SLOT)
    const [between = '', after = ''] = rest.split(SLOT2)
    return (
      <>
        {before}
        {whole(low)}
        {between}
        {whole(high)}
        {after}
      </>
    )
  }
  const basis = (line: EstimateLine) =>
    t(`basis.${line.key}`, {
      quantity: number(line.quantity),
      price: span(line.price ?? 0, line.priceMax),
      months: line.times,
      years: input.years,
    })
  const now = new Date()
  const fitting = (list: IncentiveDoc[]) => list.flatMap((incentive) => matchIncentive(incentive, answers, now) ?? [])
  const citywideCount = fitting(incentives.filter(citywide)).length
  const answered = answersQuery(answers)
  const finderLink = `${finderPath()}${answered ? `?${answered}` : ''}`
  const labels = { why: tf('why'), toCheck: tf('toCheck') }

  return (
    <section id="estimate" aria-labelledby="estimate-title" className="mt-10 scroll-mt-4">
      <h2 id="estimate-title" className="text-2xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      {asked && !valid && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900">
          {t('errors')}
        </p>
      )}
      <EstimateForm
        locale={locale}
        parks={parks.map((p) => p.slug)}
        raw={raw}
        errors={errors}
        firm={{ answers, industries }}
      />
      {asked && valid && (
        <>
          <p role="note" className="mt-6 rounded-md bg-amber-50 p-3 text-amber-900">
            {t('notice')}
          </p>
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {parks.map((park) => {
              const estimate = estimateCosts(park.costs, input)
              const amount = (low: number, high?: number) => {
                // The sample mark around the amount, each amount kept on one line ("2591.4萬元").
                const [before = '', after = ''] = shownFact(park, 'costs', SLOT, locale).split(SLOT)
                return (
                  <>
                    {before}
                    {spanNode(low, high)}
                    {after}
                  </>
                )
              }
              const here = fitting(incentives.filter((i) => appliesIn(i, park)))
              return (
                <li key={park.slug} className="rounded-lg border border-slate-200 bg-white p-5" data-park={park.slug}>
                  <h3 className="text-lg font-semibold text-slate-900">
                    <Link href={documentPath('parks', park.slug)} className="hover:text-brand-700 hover:underline">
                      {park.name}
                    </Link>
                  </h3>
                  {park.costs?.asOf && (
                    <p className="text-xs text-slate-600">{t('asOf', { date: formatDate(park.costs.asOf, locale) })}</p>
                  )}
                  <table className="mt-3 w-full text-sm">
                    <caption className="sr-only">
                      {t('title')} · {park.name}
                    </caption>
                    <tbody>
                      {estimate.lines.map((line) => (
                        <tr key={line.key} className="border-t border-slate-100 align-top">
                          <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-800">
                            {t(`line.${line.key}`)}
                            {line.price !== undefined && (
                              <span className="block text-xs font-normal text-slate-600">{basis(line)}</span>
                            )}
                          </th>
                          <td className="py-2 text-right text-slate-900">
                            {line.amount !== undefined ? amount(line.amount, line.amountMax) : t('noPrice')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr className="border-t-2 border-slate-300">
                        <th scope="row" className="py-2 pr-3 text-left font-semibold text-slate-900">
                          {t('total', { years: estimate.years })}
                        </th>
                        <td className="py-2 text-right font-semibold text-slate-900">
                          {amount(estimate.total, estimate.totalMax)}
                        </td>
                      </tr>
                      {estimate.years > 1 && estimate.perYear > 0 && (
                        <tr>
                          <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-700">
                            {t('perYear')}
                          </th>
                          <td className="py-1 text-right text-slate-700">
                            {amount(estimate.perYear, estimate.perYearMax)}
                          </td>
                        </tr>
                      )}
                    </tfoot>
                  </table>
                  {estimate.missing.length > 0 && (
                    <p className="mt-2 text-sm text-amber-900">
                      {t('missing', {
                        list: formatList(
                          estimate.missing.map((key) => t(`line.${key}`)),
                          locale,
                        ),
                      })}
                    </p>
                  )}
                  <h4 className="mt-4 font-medium text-slate-900">{t('incentives')}</h4>
                  {here.length === 0 && <p className="mt-1 text-sm text-slate-700">{t('noIncentives')}</p>}
                  <ul className="mt-2 space-y-3">
                    {here.map(({ incentive, reasons, checks }) => (
                      <li key={incentive.slug} className="text-sm">
                        <Link
                          href={documentPath('policies', incentive.slug)}
                          className="text-brand-700 font-medium underline"
                        >
                          {incentive.title}
                        </Link>
                        <ul className="mt-1 list-disc pl-5 text-slate-700">
                          {incentive.benefits.map((benefit) => (
                            <li key={benefit.text}>{benefit.text}</li>
                          ))}
                        </ul>
                        <MatchLists
                          why={reasons.map(say.reason)}
                          // The place is this park: only the other conditions are left to check.
                          toCheck={checks.filter((check) => check.kind !== 'place').map(say.check)}
                          labels={labels}
                        />
                      </li>
                    ))}
                  </ul>
                  {citywideCount > 0 && (
                    <p className="mt-3 text-sm">
                      <Link href={finderLink} className="text-brand-700 underline">
                        {t('citywide', { count: citywideCount })}
                      </Link>
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
          <div className="mt-6 rounded-lg bg-slate-50 p-5 text-sm text-slate-800">
            <h3 className="font-semibold text-slate-900">{t('method')}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {(['methodLand', 'methodRent', 'methodWages', 'methodUse', 'methodSources'] as const).map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  )
}
