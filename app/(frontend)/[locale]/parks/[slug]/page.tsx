import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DetailPage, DocumentBody } from '@/components/DetailPage'
import { Figures } from '@/components/Figures'
import { ParkContact } from '@/components/investor/ParkContact'
import { EstimateForm } from '@/components/investor/EstimateForm'
import { COST_KEYS, ParkFacts } from '@/components/investor/ParkFacts'
import { ParksMap } from '@/components/investor/ParksMap'
import { MediaImage } from '@/components/MediaImage'
import { CaseCards, PolicyCards } from '@/components/RelatedCards'
import { Section } from '@/components/Section'
import { Link } from '@/i18n/navigation'
import { formatArea, formatDate } from '@/lib/portal/format'
import { imageOf } from '@/lib/portal/media'
import { isSample, shownFact } from '@/lib/portal/samples'
import { counties, optionLabel, parkLevels } from '@/lib/schema/options'
import { getFinderData, getPark, getParkCases } from '@/lib/portal/data'
import { appliesIn, notExpired } from '@/lib/portal/finder'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata, siteUrl } from '@/lib/portal/seo'
import { comparePath, documentPath, finderPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getPark(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({
    locale,
    path: documentPath('parks', doc.slug),
    title: doc.name,
    description: doc.summary,
    image: imageOf(doc.heroImage, 'hero'),
  })
}

export default async function ParkPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: park, fallback } = await getPark(locale, slug)
  if (!park) return notFoundOrMoved('parks', locale, slug)
  const [t, tc, tcompare, tcost, tfinder, testimate, cases, finder] = await Promise.all([
    getTranslations('Parks'),
    getTranslations('Common'),
    getTranslations('Compare'),
    getTranslations('Costs'),
    getTranslations('Finder'),
    getTranslations('Estimate'),
    getParkCases(locale, park.id),
    getFinderData(locale),
  ])
  const now = new Date()
  const incentives = finder.incentives.filter(
    (i) => appliesIn(i, { slug: park.slug, county: park.county }) && notExpired(i, now),
  )
  const area = (value: Parameters<typeof formatArea>[0]) => formatArea(value, locale)
  const industries = (park.leadIndustries ?? []).filter((i) => typeof i === 'object')
  const policies = (park.relatedPolicies ?? []).filter((p) => typeof p === 'object')
  const { lat, lng, address } = park.location ?? {}
  const hero = imageOf(park.heroImage, 'hero')
  const facts = [
    [t('county'), park.county && optionLabel(counties, park.county, locale)],
    [t('level'), shownFact(park, 'level', park.level && optionLabel(parkLevels, park.level, locale), locale)],
    [t('plannedArea'), shownFact(park, 'area', area(park.plannedArea), locale)],
    [t('builtArea'), shownFact(park, 'area', area(park.builtArea), locale)],
  ].filter(([, value]) => value)

  return (
    <DetailPage
      section="parks"
      locale={locale}
      doc={park}
      fallback={fallback}
      jsonLd={{
        address: address ?? undefined,
        // A sample position is drawn on the map as approximate, not handed to search engines.
        geo:
          lat != null && lng != null && !isSample(park, 'location')
            ? { '@type': 'GeoCoordinates', latitude: lat, longitude: lng }
            : undefined,
        image: hero ? `${siteUrl()}${hero.src}` : undefined,
      }}
      header={
        <>
          {industries.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-2" aria-label={t('industry')}>
              {industries.map((industry) => (
                <li key={industry.id}>
                  <Link
                    href={documentPath('industries', industry.slug)}
                    className="bg-brand-50 text-brand-800 hover:bg-brand-100 rounded-full px-3 py-1 text-sm font-medium"
                  >
                    {industry.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      aside={
        <>
          <div className="flex flex-wrap gap-3">
            <Link
              href={comparePath([park.slug])}
              className="border-brand-700 text-brand-700 hover:bg-brand-50 rounded-md border px-4 py-2 text-sm font-medium"
            >
              {tcompare('compareWith')}
            </Link>
            <Link
              href={finderPath()}
              className="border-brand-700 text-brand-700 hover:bg-brand-50 rounded-md border px-4 py-2 text-sm font-medium"
            >
              {tfinder('title')}
            </Link>
          </div>
          <ParkContact locale={locale} contact={park.contact} location={park.location} />
          {park.lastVerified && (
            <p className="text-xs text-slate-600">
              {tc('lastVerified', { date: formatDate(park.lastVerified, locale) })}
            </p>
          )}
        </>
      }
      after={
        <>
          {incentives.length > 0 && (
            <Section id="incentives" title={tcost('incentives')}>
              <ul className="mt-4 grid gap-3 sm:grid-cols-2">
                {incentives.map((i) => (
                  <li key={i.slug} className="rounded-lg border border-slate-200 p-4">
                    <Link href={documentPath('policies', i.slug)} className="text-brand-700 font-medium underline">
                      {i.title}
                    </Link>
                    <ul className="mt-2 space-y-1 text-sm text-slate-700">
                      {i.benefits.map((b) => (
                        <li key={b.text}>{b.text}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {park.location?.lat != null && park.location?.lng != null && (
            <div className="mx-auto max-w-6xl px-4">
              <ParksMap locale={locale} current={park.slug} id="park-map" parks={finder.parks} />
            </div>
          )}

          {(park.keyFigures ?? []).length > 0 && (
            <Section id="figures" title={tc('figures')}>
              <Figures figures={park.keyFigures ?? []} locale={locale} />
            </Section>
          )}

          {(park.gallery ?? []).length > 0 && (
            <Section id="gallery" title={t('gallery')}>
              <ul className="mt-6 grid gap-4 sm:grid-cols-3">
                {(park.gallery ?? []).map((image, i) => (
                  <li key={typeof image === 'object' ? image.id : i}>
                    <MediaImage media={image} size="card" className="h-auto w-full rounded-lg" />
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {policies.length > 0 && (
            <Section id="policies" title={tc('relatedPolicies')}>
              <PolicyCards policies={policies} locale={locale} />
            </Section>
          )}

          {cases.length > 0 && (
            <Section id="cases" title={tc('relatedCases')}>
              <CaseCards cases={cases} locale={locale} />
            </Section>
          )}
        </>
      }
    >
      <DocumentBody
        image={park.heroImage}
        body={park.body}
        chineseOnly={fallback.has('body')}
        between={
          facts.length > 0 && (
            <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
              {facts.map(([label, value]) => (
                <div key={label as string}>
                  <dt className="text-sm text-slate-600">{label}</dt>
                  <dd className="font-semibold text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          )
        }
      />
      <ParkFacts
        locale={locale}
        costs={park.costs}
        sites={park.sites}
        logistics={park.logistics}
        dataNote={park.dataNote}
      />
      {COST_KEYS.some((key) => park.costs?.[key] != null) && (
        <section id="estimate" aria-labelledby="estimate-title" className="mt-6 rounded-lg border border-slate-200 p-5">
          <h2 id="estimate-title" className="text-lg font-semibold text-slate-900">
            {testimate('title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{testimate('introPark')}</p>
          <EstimateForm locale={locale} parks={[park.slug]} />
        </section>
      )}
    </DetailPage>
  )
}
