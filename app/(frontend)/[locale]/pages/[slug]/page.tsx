import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ChineseOnly } from '@/components/ChineseOnly'
import { DetailPage } from '@/components/DetailPage'
import { RichTextBlock } from '@/components/RichTextBlock'
import { getPage } from '@/lib/portal/data'
import { formatDate } from '@/lib/portal/format'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath } from '@/lib/sections'

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
  const { slug } = await params
  const { doc: page, fallback } = await getPage(locale, slug)
  if (!page) return notFoundOrMoved('pages', locale, slug)
  const t = await getTranslations('Pages')
  return (
    <DetailPage
      section="pages"
      locale={locale}
      doc={page}
      fallback={fallback}
      jsonLd={{ dateModified: page.updatedAt }}
      layout="narrow"
    >
      <ChineseOnly active={fallback.has('body')}>
        <RichTextBlock data={page.body} />
      </ChineseOnly>
      <p className="mt-10 text-sm text-slate-600">{t('updated', { date: formatDate(page.updatedAt, locale) })}</p>
    </DetailPage>
  )
}
