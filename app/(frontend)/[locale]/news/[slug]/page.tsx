import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DetailPage, DocumentBody } from '@/components/DetailPage'
import { FactList } from '@/components/FactList'
import { ParkCards, PolicyCards } from '@/components/RelatedCards'
import { Section } from '@/components/Section'
import { Link } from '@/i18n/navigation'
import { getNewsItem } from '@/lib/portal/data'
import { beijingDay, formatDate } from '@/lib/portal/format'
import { imageOf } from '@/lib/portal/media'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata, siteUrl } from '@/lib/portal/seo'
import { newsKinds, optionLabel } from '@/lib/schema/options'
import { documentPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getNewsItem(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({
    locale,
    path: documentPath('news', doc.slug),
    title: doc.title,
    description: doc.summary,
    image: imageOf(doc.cover, 'hero'),
  })
}

const populated = <T,>(list: (number | T)[] | null | undefined) =>
  (list ?? []).filter((item): item is T => typeof item === 'object')

export default async function NewsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: item, fallback } = await getNewsItem(locale, slug)
  if (!item) return notFoundOrMoved('news', locale, slug)
  const t = await getTranslations('News')
  const image = imageOf(item.cover, 'hero')
  const parks = populated(item.relatedParks)
  const policies = populated(item.relatedPolicies)
  const events = populated(item.relatedEvents)
  return (
    <DetailPage
      section="news"
      locale={locale}
      doc={item}
      fallback={fallback}
      jsonLd={{
        datePublished: beijingDay(item.date),
        dateModified: item.updatedAt,
        image: image ? `${siteUrl()}${image.src}` : undefined,
        sourceOrganization: item.source ? { '@type': 'Organization', name: item.source } : undefined,
      }}
      aside={
        <>
          <FactList
            facts={[
              [t('kind'), optionLabel(newsKinds, item.kind, locale)],
              [
                t('date'),
                <time key="date" dateTime={beijingDay(item.date)}>
                  {formatDate(item.date, locale)}
                </time>,
              ],
              [t('source'), item.source],
              [
                t('events'),
                events.length > 0 && (
                  <ul className="space-y-1">
                    {events.map((event) => (
                      <li key={event.id}>
                        <Link href={documentPath('events', event.slug)} className="text-brand-700 underline">
                          {event.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ),
              ],
            ]}
          />
        </>
      }
      after={
        <>
          {parks.length > 0 && (
            <Section id="parks" title={t('parks')}>
              <ParkCards parks={parks} locale={locale} />
            </Section>
          )}
          {policies.length > 0 && (
            <Section id="policies" title={t('policies')}>
              <PolicyCards policies={policies} locale={locale} />
            </Section>
          )}
        </>
      }
    >
      <DocumentBody image={item.cover} body={item.body} chineseOnly={fallback.has('body')} />
    </DetailPage>
  )
}
