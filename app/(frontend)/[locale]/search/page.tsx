import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/Card'
import { PageHeader } from '@/components/PageHeader'
import { pageLocale } from '@/lib/portal/pageLocale'
import { search } from '@/lib/portal/data'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath, SECTIONS } from '@/lib/sections'

// Reads the query on every request (the layout's static default does not apply).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Search' })
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ''
  const [t, titles, hits] = await Promise.all([getTranslations('Search'), sectionTitles(locale), search(locale, q)])
  return (
    <>
      <PageHeader title={t('title')} crumbs={[{ label: t('title') }]}>
        <form action={`/${locale}/search`} method="get" role="search" className="mt-6 flex max-w-2xl gap-2">
          <label htmlFor="search-q" className="sr-only">
            {t('label')}
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            placeholder={t('prompt')}
            className="flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
          />
          <button type="submit" className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-medium text-white">
            {t('submit')}
          </button>
        </form>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-8">
        {q === '' ? (
          <p className="text-slate-700">{t('prompt')}</p>
        ) : hits.length === 0 ? (
          <p className="text-slate-700" role="status">
            {t('none', { q })}
          </p>
        ) : (
          <p className="text-slate-700" role="status">
            {t('count', { count: hits.length, q })}
          </p>
        )}
        <CardGrid>
          {hits.map(({ section, doc }) => (
            <Card
              heading="h2"
              key={`${section}-${doc.id}`}
              href={documentPath(section, doc.slug!)}
              title={String(doc[SECTIONS[section].titleField] ?? '')}
              meta={[titles[section], doc.documentNumber].filter(Boolean).join(' · ')}
              summary={doc.summary ?? (typeof doc.description === 'string' ? doc.description : undefined)}
            />
          ))}
        </CardGrid>
      </div>
    </>
  )
}
