import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FeedLinks, feedMetadata } from '@/components/FeedLinks'
import { ProjectsList } from '@/components/lists/ProjectsList'
import { PageHeader } from '@/components/PageHeader'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/** Static; the same list with filters in the query is served by results/[section] (proxy.ts). */
// A project leaves the list after its last valid day.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Projects' })
  return pageMetadata({
    locale,
    path: sectionPath('projects'),
    title: t('title'),
    description: t('intro'),
    feeds: await feedMetadata('projects', locale),
  })
}

export default async function Page({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Projects')
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]}>
        <FeedLinks section="projects" locale={locale} />
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 pb-12">
        <ProjectsList locale={locale} filters={{}} page={1} />
      </div>
    </>
  )
}
