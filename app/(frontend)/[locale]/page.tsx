import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Section } from '@/components/Section'
import { areaUnitLabel } from '@/fields/area'
import { routing } from '@/i18n/routing'
import { formatDate, formatFigure } from '@/lib/format'
import { getHome, getIndustries } from '@/lib/portal'

type Props = { params: Promise<{ locale: string }> }

/** Rebuilt in the background at most every 10 minutes until on-demand revalidation lands. */
export const revalidate = 600

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, tMeta, home, industries] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Metadata'),
    getHome(locale),
    getIndustries(locale),
  ])

  const parks = (home.featuredParks ?? []).filter((p) => typeof p === 'object')
  const cases = (home.featuredCases ?? []).filter((c) => typeof c === 'object')

  return (
    <>
      <section className="from-brand-800 via-brand-700 to-brand-900 bg-gradient-to-br text-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <p className="text-gold-400 text-sm font-semibold tracking-widest uppercase">{t('eyebrow')}</p>
          <h1 className="mt-3 max-w-3xl text-3xl leading-tight font-bold sm:text-5xl">
            {home.hero?.title || tMeta('title')}
          </h1>
          {home.hero?.subtitle && <p className="text-brand-50 mt-6 max-w-2xl text-lg">{home.hero.subtitle}</p>}
        </div>
      </section>

      <Section id="figures" title={t('keyFigures')}>
        <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {(home.keyFigures ?? []).map((figure) => (
            <div key={figure.id} className="rounded-lg border border-slate-200 p-5">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="text-brand-700 mt-2 text-3xl font-bold">
                {formatFigure(figure.value, figure.format, figure.unit, locale)}
              </dd>
              <dd className="mt-3 text-xs text-slate-500">
                {t('source', { source: figure.source })} · {t('asOf', { date: formatDate(figure.asOf, locale) })}
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="parks" title={t('featuredParks')}>
        {parks.length === 0 && <p className="mt-4 text-slate-600">{t('empty')}</p>}
        <ul className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {parks.map((park) => (
            <li key={park.id} className="rounded-lg border border-slate-200 p-5">
              <h3 className="text-lg font-semibold text-slate-900">{park.name}</h3>
              {park.plannedArea?.value != null && (
                <p className="mt-1 text-sm text-slate-600">
                  {t('plannedArea')}:{' '}
                  {formatFigure(park.plannedArea.value, 'number', areaUnitLabel(park.plannedArea.unit, locale), locale)}
                </p>
              )}
              {park.summary && <p className="mt-3 text-sm text-slate-700">{park.summary}</p>}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="cases" title={t('featuredCases')}>
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {cases.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 p-5">
              <h3 className="text-lg font-semibold text-slate-900">{item.companyName}</h3>
              {item.summary && <p className="mt-2 text-sm text-slate-700">{item.summary}</p>}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="industries" title={t('industries')}>
        <ul className="mt-6 flex flex-wrap gap-2">
          {industries.map((industry) => (
            <li key={industry.id} className="bg-brand-50 text-brand-800 rounded-full px-4 py-1.5 text-sm font-medium">
              {industry.name}
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
