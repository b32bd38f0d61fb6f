import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/** A crumb; `lang` when its label is in another language than the page (a title shown in Chinese for want of English). */
export type Crumb = { href?: string; label: string; lang?: string }

export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Common')
  const all = [{ href: '/', label: t('home') }, ...items]
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm text-slate-600">
      <ol className="flex flex-wrap gap-1">
        {all.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {item.href && i < all.length - 1 ? (
              <Link
                href={item.href}
                lang={item.lang}
                className="hover:text-brand-700 underline-offset-2 hover:underline"
              >
                {item.label}
              </Link>
            ) : (
              <span aria-current={i === all.length - 1 ? 'page' : undefined} lang={item.lang}>
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
