import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { PageCard } from '@/components/cards'
import { PageHeader } from '@/components/PageHeader'
import { Section } from '@/components/Section'
import { getPages, untranslated } from '@/lib/portal/data'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { pageKinds } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Pages' })
  return pageMetadata({ locale, path: sectionPath('pages'), title: t('title'), description: t('intro') })
}

/** The fixed pages and guides, grouped by kind: guides first, then about, then notices. */
export default async function Page({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, pages] = await Promise.all([getTranslations('Pages'), getPages(locale)])
  const missing = await untranslated('pages', locale, pages)
  const headings = { guide: t('guides'), about: t('about'), legal: t('legal') }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      {pageKinds.map(({ value: kind }) => {
        const shown = pages.filter((page) => page.kind === kind)
        return (
          shown.length > 0 && (
            <Section key={kind} id={kind} title={headings[kind as keyof typeof headings]}>
              <CardGrid>
                {shown.map((page) => (
                  <PageCard key={page.id} doc={page} locale={locale} missing={missing(page)} />
                ))}
              </CardGrid>
            </Section>
          )
        )
      })}
    </>
  )
}
