import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getSetupGuide } from '@/lib/portal/data'
import { optionChoices, setupRoutes } from '@/lib/schema/options'
import { setupPath } from '@/lib/sections'

type Step = NonNullable<Awaited<ReturnType<typeof getSetupGuide>>['steps']>[number]

/** A step's working days as a range: [at least, at most] (one given: both that one; none: 0). */
const stepDays = (step: Pick<Step, 'daysMin' | 'daysMax'>): [number, number] => {
  const low = step.daysMin ?? step.daysMax ?? 0
  return [low, Math.max(low, step.daysMax ?? low)]
}

/**
 * 投资落户指南 for one kind of investment (`route`, setupRoutes): its steps as a timeline, each with
 * the agency, documents, online service, working days and fees, and the total of the working days
 * taken one after another. Steps staff have not confirmed are marked as samples.
 */
export async function SetupView({ locale, route }: { locale: Locale; route: string }) {
  const [t, guide] = await Promise.all([getTranslations('Setup'), getSetupGuide(locale)])
  const steps = (guide.steps ?? []).filter((step) => step.routes?.includes(route as Step['routes'][number]))
  const [low, high] = steps.map(stepDays).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0])
  const days = ([min, max]: [number, number]) =>
    min === max ? t('daysExact', { count: max }) : t('daysRange', { min, max })
  return (
    <>
      <PageHeader title={t('title')} intro={guide.intro || t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto max-w-4xl px-4 pt-6 pb-12">
        <nav aria-label={t('routes')}>
          <ul className="flex flex-wrap gap-2">
            {optionChoices(setupRoutes, locale).map((option) => (
              <li key={option.value}>
                <Link
                  href={setupPath(option.value)}
                  aria-current={option.value === route ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${
                    option.value === route
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'hover:border-brand-700 border-slate-300 text-slate-800'
                  }`}
                >
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {steps.length === 0 ? (
          <p className="mt-8 text-slate-700">{t('noSteps')}</p>
        ) : (
          <>
            <p className="mt-6 text-lg font-semibold text-slate-900" id="setup-total">
              {low === high ? t('totalSame', { max: high }) : t('total', { min: low, max: high })}
            </p>
            {steps.some((step) => step.sample) && (
              <p role="note" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                {t('samplesNote')}
              </p>
            )}
            <ol id="setup-steps" className="border-brand-100 mt-6 ml-4 border-l-2">
              {steps.map((step, i) => {
                const documents = (step.documents ?? '')
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
                return (
                  <li key={step.id ?? i} className="relative pb-8 pl-8 last:pb-0">
                    <span
                      aria-hidden="true"
                      className="bg-brand-700 absolute top-0 -left-[1.05rem] flex h-8 w-8 items-center justify-center rounded-full text-sm font-bold text-white"
                    >
                      {i + 1}
                    </span>
                    <h2 className="text-lg font-semibold text-slate-900">
                      <span className="sr-only">{t('step', { number: i + 1 })}: </span>
                      {step.title}
                    </h2>
                    {step.sample && (
                      <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                        {t('sample')}
                      </p>
                    )}
                    <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                      {(
                        [
                          [t('agency'), step.agency],
                          [t('time'), days(stepDays(step))],
                          [t('fees'), step.fees],
                        ] as const
                      )
                        .filter(([, value]) => value)
                        .map(([label, value]) => (
                          <div key={label} className="contents">
                            <dt className="text-slate-600">{label}</dt>
                            <dd className="text-slate-900">{value}</dd>
                          </div>
                        ))}
                    </dl>
                    {documents.length > 0 && (
                      <>
                        <h3 className="mt-3 text-sm font-medium text-slate-800">{t('documents')}</h3>
                        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                          {documents.map((document) => (
                            <li key={document}>{document}</li>
                          ))}
                        </ul>
                      </>
                    )}
                    {step.onlineService && (
                      <p className="mt-3 text-sm">
                        <a
                          href={step.onlineService}
                          rel="noopener noreferrer external"
                          className="text-brand-700 font-medium underline"
                        >
                          {t('online')}
                        </a>
                      </p>
                    )}
                  </li>
                )
              })}
            </ol>
          </>
        )}
        <p className="mt-10">
          <Link
            href="/contact"
            className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 font-medium text-white"
          >
            {t('ask')}
          </Link>
        </p>
      </div>
    </>
  )
}
