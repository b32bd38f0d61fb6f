import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/Card'
import { PageHeader } from '@/components/PageHeader'
import { pageLocale } from '@/lib/portal/pageLocale'
import { getIndustries } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath, sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Industries' })
  return pageMetadata({ locale, path: sectionPath('industries'), title: t('title'), description: t('intro') })
}

export default async function IndustriesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, industries] = await Promise.all([getTranslations('Industries'), getIndustries(locale)])
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto max-w-6xl px-4 pb-12">
        <CardGrid>
          {industries.map((industry) => (
            <Card
              heading="h2"
              key={industry.id}
              href={documentPath('industries', industry.slug)}
              title={industry.name}
              summary={industry.description}
              image={industry.icon}
            />
          ))}
        </CardGrid>
      </div>
    </>
  )
}
