import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/**
 * Page links under a list or search results: first, last, and two either side of the current
 * page, with gaps shown as "…". Each link keeps the rest of the query; page 1 has no `page`.
 */
export async function Pager({
  page,
  pages,
  pathname,
  query,
}: {
  page: number
  pages: number
  pathname: string
  query: Record<string, string | undefined>
}) {
  if (pages <= 1) return null
  const t = await getTranslations('Common')
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  const href = (n: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: n > 1 ? String(n) : undefined }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    ),
  })
  // 44 px targets (WCAG 2.5.5): pages are tapped on phones.
  const link = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 text-sm'
  return (
    <nav aria-label={t('pages')} className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={`${link} border-slate-300`}>
          {t('previous')}
        </Link>
      )}
      {shown.map((n, i) => (
        <span key={n} className="contents">
          {i > 0 && n - shown[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          <Link
            href={href(n)}
            aria-current={n === page ? 'page' : undefined}
            aria-label={t('pageN', { n })}
            className={`${link} ${n === page ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300'}`}
          >
            {n}
          </Link>
        </span>
      ))}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={`${link} border-slate-300`}>
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
