import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/lib/portal/pageLocale'
import { getSearch } from '@/lib/portal/data'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { pageMetadata } from '@/lib/portal/seo'
import { documentPath, isSection, sections } from '@/lib/sections'

// Reads the query on every request (the layout's static default does not apply).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Search' })
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const q = first(query.q)?.trim().slice(0, 100) ?? ''
  const section = isSection(first(query.section)) ? (first(query.section) as (typeof sections)[number]) : undefined
  const page = Number(first(query.page)) || 1
  const [t, titles, found] = await Promise.all([
    getTranslations('Search'),
    sectionTitles(locale),
    getSearch(locale, q, section, page),
  ])
  const href = (changes: { section?: string; page?: number }) => ({
    pathname: '/search',
    query: Object.fromEntries(
      Object.entries({
        q,
        section: changes.section,
        page: changes.page && changes.page > 1 ? String(changes.page) : undefined,
      }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ),
  })
  const all = Object.values(found.bySection).reduce((sum, count) => sum + (count ?? 0), 0)
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
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
          />
          {section && <input type="hidden" name="section" value={section} />}
          <button type="submit" className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-medium text-white">
            {t('submit')}
          </button>
        </form>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-8">
        {q === '' ? (
          <p className="text-slate-700">{t('prompt')}</p>
        ) : (
          <p className="text-slate-700" role="status">
            {found.total === 0 ? t('none', { q }) : t('count', { count: found.total, q })}
          </p>
        )}
        {all > 0 && (
          <nav aria-label={t('sections')} className="mt-4 flex flex-wrap gap-2 text-sm">
            {[undefined, ...sections.filter((s) => found.bySection[s])].map((s) => (
              <Link
                key={s ?? 'all'}
                href={href({ section: s })}
                aria-current={s === section ? 'page' : undefined}
                className={`rounded-full border px-3 py-1 ${s === section ? 'border-brand-700 bg-brand-700 text-white' : 'hover:border-brand-700 border-slate-300 text-slate-700'}`}
              >
                {s ? titles[s] : t('all')} ({s ? found.bySection[s] : all})
              </Link>
            ))}
          </nav>
        )}
        <ol className="mt-6 space-y-5">
          {found.results.map((result) => (
            <li key={`${result.section}-${result.slug}`} className="border-b border-slate-200 pb-4">
              <p className="text-sm text-slate-600">{titles[result.section]}</p>
              <h2 className="text-lg font-semibold text-slate-900">
                <Link
                  href={documentPath(result.section, result.slug)}
                  className="hover:text-brand-700 underline-offset-2 hover:underline"
                >
                  {result.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm break-words text-slate-700">
                {result.snippet.map((part, i) =>
                  part.mark ? (
                    <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
        {found.pages > 1 && (
          <nav aria-label={t('pages')} className="mt-8 flex flex-wrap gap-2">
            {Array.from({ length: found.pages }, (_, i) => i + 1).map((n) => (
              <Link
                key={n}
                href={href({ section, page: n })}
                aria-current={n === found.page ? 'page' : undefined}
                className={`rounded border px-3 py-1 text-sm ${n === found.page ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300'}`}
              >
                {n}
              </Link>
            ))}
          </nav>
        )}
      </div>
    </>
  )
}
