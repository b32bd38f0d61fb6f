import { getTranslations } from 'next-intl/server'

import { ChineseOnly, InChinese } from '@/components/ChineseOnly'
import { MatchLists } from '@/components/investor/Checks'
import { CompareBox, CompareSubmit } from '@/components/investor/CompareControls'
import { FinderForm } from '@/components/investor/FinderForm'
import { FinderProjects } from '@/components/investor/FinderProjects'
import { PageHeader } from '@/components/PageHeader'
import { htmlLang, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getFinderData, getIndustryChoices } from '@/lib/portal/data'
import { matchFinder } from '@/lib/portal/finder'
import { hasAnswers, keepKnown, readAnswers } from '@/lib/portal/finderAnswers'
import { finderText } from '@/lib/portal/finderText'
import { labelled } from '@/lib/portal/format'
import {
  benefitTypes,
  firmSizes,
  investmentRanges,
  optionLabel,
  originCities,
  projectTypes,
} from '@/lib/schema/options'
import { comparePath, documentPath } from '@/lib/sections'

const values = (list: { value: string }[]) => list.map((o) => o.value)

/**
 * The policy finder for its answers (`query`, as the URL carries them), over data read once and
 * cached until content changes (getFinderData); the matching itself is lib/portal/finder.ts.
 */
export async function FinderView({ locale, query }: { locale: Locale; query: URLSearchParams }) {
  const [t, tp, industries, data] = await Promise.all([
    getTranslations('Finder'),
    getTranslations('Policies'),
    getIndustryChoices(locale),
    getFinderData(locale),
  ])
  const answers = keepKnown(readAnswers(query), {
    industry: values(industries),
    size: values(firmSizes),
    origin: values(originCities),
    investment: values(investmentRanges),
    project: values(projectTypes),
    needs: values(benefitTypes),
  })
  const result = matchFinder(answers, data, { locale, now: new Date() })
  const say = finderText(locale, {
    industries: Object.fromEntries(industries.map((i) => [i.value, i.label])),
    parks: Object.fromEntries(data.parks.map((p) => [p.slug, p.name])),
  })
  const titles = Object.fromEntries(data.incentives.map((i) => [i.slug, i.title]))
  const labels = { why: t('why'), toCheck: t('toCheck') }
  const and = new Intl.ListFormat(htmlLang[locale], { type: 'conjunction' })

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto max-w-6xl px-4 pb-12">
        <FinderForm locale={locale} answers={answers} industries={industries} />
        {!hasAnswers(answers) && <p className="mt-6 text-slate-700">{t('noAnswers')}</p>}

        <section aria-labelledby="incentives" className="mt-8">
          <h2 id="incentives" className="text-2xl font-bold text-slate-900">
            {t('incentives')}{' '}
            <span className="text-base font-normal text-slate-600">
              {t('incentiveCount', { count: result.incentives.length })}
            </span>
          </h2>
          {result.incentives.length === 0 && <p className="mt-4 text-slate-700">{t('noIncentives')}</p>}
          <ol className="mt-4 space-y-4">
            {result.incentives.map(({ incentive, reasons, checks }) => (
              <li key={incentive.slug} className="rounded-lg border border-slate-200 bg-white p-5">
                <h3 className="text-lg font-semibold text-slate-900">
                  <Link
                    href={documentPath('policies', incentive.slug)}
                    className="hover:text-brand-700 underline-offset-2 hover:underline"
                  >
                    <ChineseOnly active={incentive.inChinese.includes('title')} as="span">
                      {incentive.title}
                    </ChineseOnly>
                  </Link>
                </h3>
                {incentive.summary && (
                  <p className="mt-1 text-sm text-slate-700">
                    <ChineseOnly active={incentive.inChinese.includes('summary')} as="span">
                      {incentive.summary}
                    </ChineseOnly>
                  </p>
                )}
                <ul className="mt-3 flex flex-wrap gap-2" aria-label={tp('benefits')}>
                  {incentive.benefits.map((benefit) => (
                    <li key={benefit.text} className="bg-brand-50 text-brand-900 rounded-md px-2 py-1 text-sm">
                      {benefit.type && labelled(optionLabel(benefitTypes, benefit.type, locale), '', locale)}
                      <InChinese text={benefit.text} locale={locale} />
                    </li>
                  ))}
                </ul>
                <MatchLists why={reasons.map(say.reason)} toCheck={checks.map(say.check)} labels={labels} />
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="parks" className="mt-10">
          <h2 id="parks" className="text-2xl font-bold text-slate-900">
            {t('parks')}{' '}
            <span className="text-base font-normal text-slate-600">
              {t('parkCount', { count: result.parks.length })}
            </span>
          </h2>
          {result.parks.length === 0 && <p className="mt-4 text-slate-700">{t('noParks')}</p>}
          {result.parks.length > 0 && (
            <form action={comparePath([], locale)} method="get">
              <ol className="mt-4 space-y-4">
                {result.parks.map(({ park, reasons, incentives }) => (
                  <li key={park.slug} className="rounded-lg border border-slate-200 bg-white p-5">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <h3 className="text-lg font-semibold text-slate-900">
                        <Link href={documentPath('parks', park.slug)} className="hover:text-brand-700 hover:underline">
                          <ChineseOnly active={park.inChinese.includes('name')} as="span">
                            {park.name}
                          </ChineseOnly>
                        </Link>
                      </h3>
                      <CompareBox slug={park.slug} name={park.name} />
                    </div>
                    {park.summary && (
                      <p className="mt-1 text-sm text-slate-700">
                        <ChineseOnly active={park.inChinese.includes('summary')} as="span">
                          {park.summary}
                        </ChineseOnly>
                      </p>
                    )}
                    <MatchLists
                      why={[
                        ...reasons.map(say.reason),
                        ...(incentives.length
                          ? [t('parkIncentives', { list: and.format(incentives.map((slug) => titles[slug] ?? slug)) })]
                          : []),
                      ]}
                      toCheck={[]}
                      labels={labels}
                    />
                  </li>
                ))}
              </ol>
              <CompareSubmit />
            </form>
          )}
        </section>
        {answers.industry && (
          <FinderProjects locale={locale} industry={answers.industry} investment={answers.investment} />
        )}
      </div>
    </>
  )
}
