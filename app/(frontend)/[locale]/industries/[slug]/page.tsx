import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DetailPage } from '@/components/DetailPage'
import { FinderLink } from '@/components/investor/FinderLink'
import { TeamContacts } from '@/components/investor/TeamContacts'
import { CaseCards, ParkCards, PolicyCards } from '@/components/RelatedCards'
import { Section } from '@/components/Section'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { getIndustry, getIndustryContent, getIndustryTeam } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath, sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

/** Documents of each kind shown on the page (two rows); the rest are a click away. */
const SHOWN = 6
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getIndustry(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({
    locale,
    path: documentPath('industries', doc.slug),
    title: doc.name,
    description: doc.description,
  })
}

export default async function IndustryPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: industry, fallback } = await getIndustry(locale, slug)
  if (!industry) return notFoundOrMoved('industries', locale, slug)
  const [t, tc, content, team] = await Promise.all([
    getTranslations('Industries'),
    getTranslations('Common'),
    getIndustryContent(locale, industry.slug, SHOWN),
    getIndustryTeam(locale, industry.id),
  ])
  /** "View all" when a block shows part of its list: the list filtered by this industry. */
  const more = (section: 'parks' | 'policies' | 'cases', total: number) =>
    total > SHOWN
      ? {
          href: { pathname: sectionPath(section), query: { industry: industry.slug } },
          label: tc('viewAllCount', { count: total }),
        }
      : undefined
  return (
    <DetailPage
      section="industries"
      locale={locale}
      doc={industry}
      fallback={fallback}
      header={<FinderLink industry={industry.slug} className="mt-5" />}
      layout="none"
    >
      {content.parks.total + content.policies.total + content.cases.total === 0 && (
        <p className="mx-auto max-w-6xl px-4 py-8 text-slate-700">{tc('noResults')}</p>
      )}
      {content.parks.total > 0 && (
        <Section id="parks" title={t('parks')} more={more('parks', content.parks.total)}>
          <ParkCards parks={content.parks.docs} locale={locale} />
        </Section>
      )}
      {content.policies.total > 0 && (
        <Section id="policies" title={t('policies')} more={more('policies', content.policies.total)}>
          <PolicyCards policies={content.policies.docs} locale={locale} />
        </Section>
      )}
      {content.cases.total > 0 && (
        <Section id="cases" title={t('cases')} more={more('cases', content.cases.total)}>
          <CaseCards cases={content.cases.docs} locale={locale} />
        </Section>
      )}
      {team && (
        <Section id="team" title={t('team')}>
          <TeamContacts team={team} />
        </Section>
      )}
    </DetailPage>
  )
}
