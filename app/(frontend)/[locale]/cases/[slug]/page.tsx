import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DetailPage, DocumentBody } from '@/components/DetailPage'
import { FactList } from '@/components/FactList'
import { Figures } from '@/components/Figures'
import { Section } from '@/components/Section'
import { Link } from '@/i18n/navigation'
import { formatFigure } from '@/lib/portal/format'
import { imageOf } from '@/lib/portal/media'
import { isSample, shownFact } from '@/lib/portal/samples'
import { optionLabel, originCities } from '@/lib/schema/options'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { getCase } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getCase(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({
    locale,
    path: documentPath('cases', doc.slug),
    title: doc.companyName,
    description: doc.summary,
    image: imageOf(doc.logo, 'hero'),
  })
}

export default async function CasePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: item, fallback } = await getCase(locale, slug)
  if (!item) return notFoundOrMoved('cases', locale, slug)
  const t = await getTranslations('Cases')
  const industry = typeof item.industry === 'object' ? item.industry : null
  const park = typeof item.park === 'object' ? item.park : null
  const facts: [string, React.ReactNode][] = [
    [
      t('origin'),
      shownFact(item, 'origin', item.originCity && optionLabel(originCities, item.originCity, locale), locale),
    ],
    [
      t('industry'),
      industry && (
        <Link href={documentPath('industries', industry.slug)} className="text-brand-700 underline">
          {shownFact(item, 'industry', industry.name, locale)}
        </Link>
      ),
    ],
    [
      t('park'),
      park && (
        <Link href={documentPath('parks', park.slug)} className="text-brand-700 underline">
          {park.name}
        </Link>
      ),
    ],
    [t('investment'), item.investmentAmount != null && formatFigure(item.investmentAmount, 'yuan', null, locale)],
    [t('year'), item.investmentYear],
  ]
  return (
    <DetailPage
      section="cases"
      locale={locale}
      doc={item}
      fallback={fallback}
      // A sample industry is no fact for machines to read.
      jsonLd={{
        about: industry && !isSample(item, 'industry') ? { '@type': 'Thing', name: industry.name } : undefined,
      }}
      aside={<FactList facts={facts} />}
      after={
        (item.outcomes ?? []).length > 0 && (
          <Section id="outcomes" title={t('outcomes')}>
            <Figures figures={item.outcomes ?? []} locale={locale} />
          </Section>
        )
      }
    >
      <DocumentBody image={item.logo} body={item.story} chineseOnly={fallback.has('story')} />
      {item.quote?.text && (
        <figure className="border-gold-500 mt-8 border-l-4 pl-4">
          <blockquote className="text-lg text-slate-800">“{item.quote.text}”</blockquote>
          {item.quote.attribution && (
            <figcaption className="mt-2 text-sm text-slate-600">— {item.quote.attribution}</figcaption>
          )}
        </figure>
      )}
    </DetailPage>
  )
}
