import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { ChineseOnly } from '@/components/ChineseOnly'
import { DraftPreview } from '@/components/DraftPreview'
import { DocumentJsonLd } from '@/components/JsonLd'
import { PageHeader } from '@/components/PageHeader'
import { RichTextBlock } from '@/components/RichTextBlock'
import { getPage } from '@/lib/portal/data'
import { formatDate } from '@/lib/portal/format'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath, sectionPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getPage(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({ locale, path: documentPath('pages', doc.slug), title: doc.title, description: doc.summary })
}

/** A fixed text (about, privacy notice, terms, accessibility) or a guide for investors. */
export default async function FixedPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { doc: page, fallback } = await getPage(locale, (await params).slug)
  if (!page) notFound()
  const t = await getTranslations('Pages')
  return (
    <article>
      <DraftPreview path={documentPath('pages', page.slug, locale)} />
      <DocumentJsonLd
        section="pages"
        locale={locale}
        slug={page.slug}
        name={page.title}
        description={page.summary}
        extra={{ dateModified: page.updatedAt }}
      />
      <PageHeader
        title={
          <ChineseOnly active={fallback.has('title')} as="span">
            {page.title}
          </ChineseOnly>
        }
        intro={page.summary && <ChineseOnly active={fallback.has('summary')}>{page.summary}</ChineseOnly>}
        crumbs={[{ href: sectionPath('pages'), label: t('title') }, { label: page.title }]}
      />
      <div className="mx-auto max-w-3xl px-4 py-8">
        <ChineseOnly active={fallback.has('body')}>
          <RichTextBlock data={page.body} />
        </ChineseOnly>
        <p className="mt-10 text-sm text-slate-600">{t('updated', { date: formatDate(page.updatedAt, locale) })}</p>
      </div>
    </article>
  )
}
