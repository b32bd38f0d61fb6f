import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { Figures } from '@/components/Figures'
import { JsonLd } from '@/components/JsonLd'
import { HeroBackdrop } from '@/components/HeroBackdrop'
import { HomeCharts } from '@/components/HomeCharts'
import { EventCard, NewsCard, ParkCard, PolicyCard } from '@/components/cards'
import { CaseCards } from '@/components/RelatedCards'
import { Section } from '@/components/Section'
import { Link } from '@/i18n/navigation'
import { formatDate } from '@/lib/portal/format'
import { imageOf } from '@/lib/portal/media'
import { pageLocale } from '@/lib/portal/pageLocale'
import {
  getEvents,
  getHome,
  getIndustries,
  getLatestPolicies,
  getNewsPage,
  getSiteSettings,
  untranslated,
} from '@/lib/portal/data'
import { pageMetadata, siteUrl } from '@/lib/portal/seo'
import { documentPath, finderPath, sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/** Static; refreshed when content changes (revalidation hooks) and at least every 10 minutes. */
export const revalidate = 600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, home] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getHome(locale)])
  return {
    ...pageMetadata({
      locale,
      path: '',
      title: t('title'),
      description: t('description'),
      image: imageOf(home.hero?.image, 'hero'),
    }),
    title: { absolute: t('title') },
  }
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tc, tMeta, tf, tn, home, industries, policies, events, news, settings] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Common'),
    getTranslations('Metadata'),
    getTranslations('Finder'),
    getTranslations('News'),
    getHome(locale),
    getIndustries(locale),
    getLatestPolicies(locale, 3),
    getEvents(locale, { when: 'upcoming' }, 1, 3).then((list) => list.docs),
    getNewsPage(locale, {}, 1, 3).then((list) => list.docs),
    getSiteSettings(locale),
  ])
  // On English pages: which fields of each card show the Chinese because the English is missing.
  const parks = (home.featuredParks ?? []).filter((p) => typeof p === 'object')
  const [policiesMissing, eventsMissing, newsMissing, parksMissing] = await Promise.all([
    untranslated('policies', locale, policies),
    untranslated('events', locale, events),
    untranslated('news', locale, news),
    untranslated('parks', locale, parks),
  ])
  const cases = (home.featuredCases ?? []).filter((c) => typeof c === 'object')
  const figures = home.keyFigures ?? []
  const stories = [
    ['transport', 'transportBody'],
    ['ports', 'portsBody'],
    ['industries', 'industriesBody'],
    ['services', 'servicesBody'],
  ] as const

  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'GovernmentOrganization',
          name: settings.siteName,
          url: `${siteUrl()}/${locale}`,
          areaServed: 'Ganzhou, Jiangxi, China',
          email: settings.contact?.email ?? undefined,
          telephone: settings.contact?.phone ?? undefined,
        }}
      />
      <section className="bg-brand-800 relative overflow-hidden text-white">
        <HeroBackdrop media={home.hero?.image} className="absolute inset-0 h-full w-full object-cover opacity-30" />
        <div className="relative mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <p className="text-gold-400 text-sm font-semibold tracking-widest uppercase">{t('eyebrow')}</p>
          <h1 className="mt-3 max-w-3xl text-3xl leading-tight font-bold sm:text-5xl">
            {home.hero?.title || tMeta('title')}
          </h1>
          {home.hero?.subtitle && <p className="text-brand-50 mt-6 max-w-2xl text-lg">{home.hero.subtitle}</p>}
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href={sectionPath('parks')}
              className="text-brand-800 hover:bg-brand-50 rounded-md bg-white px-5 py-2.5 font-semibold"
            >
              {t('featuredParks')}
            </Link>
            <Link
              href={sectionPath('policies')}
              className="rounded-md border border-white/70 px-5 py-2.5 font-semibold text-white hover:bg-white/10"
            >
              {t('latestPolicies')}
            </Link>
            <Link
              href={finderPath()}
              className="rounded-md border border-white/70 px-5 py-2.5 font-semibold text-white hover:bg-white/10"
            >
              {tf('title')}
            </Link>
          </div>
        </div>
      </section>

      <Section id="figures" title={t('keyFigures')}>
        <Figures
          figures={figures}
          locale={locale}
          footnote={(_, i) => {
            const figure = figures[i]!
            const source = t('source', { source: figure.source })
            return figure.asOf ? `${source} · ${t('asOf', { date: formatDate(figure.asOf, locale) })}` : source
          }}
        />
      </Section>

      <HomeCharts charts={home.charts ?? []} locale={locale} />

      <Section id="parks" title={t('featuredParks')}>
        {parks.length === 0 && <p className="mt-4 text-slate-600">{t('empty')}</p>}
        <CardGrid>
          {parks.map((park) => (
            <ParkCard key={park.id} doc={park} locale={locale} heading="h3" missing={parksMissing(park)} />
          ))}
        </CardGrid>
      </Section>

      <Section
        id="latest-policies"
        title={t('latestPolicies')}
        more={{ href: { pathname: sectionPath('policies') }, label: tc('viewAll') }}
      >
        <CardGrid>
          {policies.map((policy) => (
            <PolicyCard key={policy.id} doc={policy} locale={locale} missing={policiesMissing(policy)} />
          ))}
        </CardGrid>
      </Section>

      <Section
        id="upcoming-events"
        title={t('upcomingEvents')}
        more={{ href: { pathname: sectionPath('events') }, label: tc('viewAll') }}
      >
        {events.length === 0 && <p className="mt-4 text-slate-600">{t('empty')}</p>}
        <CardGrid>
          {events.map((event) => (
            <EventCard key={event.id} doc={event} locale={locale} missing={eventsMissing(event)} />
          ))}
        </CardGrid>
      </Section>

      <Section id="cases" title={t('recentCases')}>
        <CaseCards cases={cases} locale={locale} />
      </Section>

      {news.length > 0 && (
        <Section
          id="news"
          title={tn('latest')}
          more={{ href: { pathname: sectionPath('news') }, label: tc('viewAll') }}
        >
          <CardGrid>
            {news.map((item) => (
              <NewsCard key={item.id} doc={item} locale={locale} missing={newsMissing(item)} />
            ))}
          </CardGrid>
        </Section>
      )}

      <section aria-labelledby="cooperation" className="mt-8 bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-12">
          <h2 id="cooperation" className="text-2xl font-bold text-slate-900">
            {t('cooperation')}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t('cooperationIntro')}</p>
          <dl className="mt-6 grid gap-6 sm:grid-cols-2">
            {stories.map(([title, body]) => (
              <div key={title} className="border-brand-700 rounded-lg border-t-4 bg-white p-5">
                <dt className="font-semibold text-slate-900">{title === 'industries' ? tc('industries') : t(title)}</dt>
                <dd className="mt-2 text-sm text-slate-700">{t(body)}</dd>
              </div>
            ))}
          </dl>
          {figures[0] && <p className="mt-4 text-xs text-slate-600">{t('source', { source: figures[0].source })}</p>}
        </div>
      </section>

      <Section id="industries" title={t('industries')}>
        <ul className="mt-6 flex flex-wrap gap-2">
          {industries.map((industry) => (
            <li key={industry.id}>
              <Link
                href={documentPath('industries', industry.slug)}
                className="bg-brand-50 text-brand-800 hover:bg-brand-100 inline-block rounded-full px-4 py-1.5 text-sm font-medium"
              >
                {industry.name}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
