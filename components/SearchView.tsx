import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { Pager } from '@/components/Pager'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getSearch } from '@/lib/portal/data'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { documentPath, type Section, sections } from '@/lib/sections'

/**
 * The search page: the form, and for a query its results by section, ranked, with the matches
 * marked and page links. Rendered by /{locale}/search (no query) and, for a query, by the cached
 * route proxy.ts rewrites it to (search/[query]).
 */
export async function SearchView({
  locale,
  q,
  section,
  page,
}: {
  locale: Locale
  q: string
  section?: Section
  page: number
}) {
  const [t, titles, found] = await Promise.all([
    getTranslations('Search'),
    sectionTitles(locale),
    getSearch(locale, q, section, page),
  ])
  const href = (changes: { section?: string }) => ({
    pathname: '/search',
    query: Object.fromEntries(
      Object.entries({ q, section: changes.section }).filter((entry): entry is [string, string] => Boolean(entry[1])),
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
        <Pager page={found.page} pages={found.pages} pathname="/search" query={{ q, section }} />
      </div>
    </>
  )
}
