import { getTranslations } from 'next-intl/server'

import type { ListPage } from '@/lib/portal/data'

/** How many documents a filtered list holds (and which page this is), announced to screen readers when it changes. */
export async function ResultCount({ list, empty }: { list: ListPage<unknown>; empty?: string }) {
  const t = await getTranslations('Common')
  return (
    <>
      <p className="mt-6 text-sm text-slate-600" role="status">
        {list.pages > 1
          ? t('resultsPaged', { count: list.total, page: list.page, pages: list.pages })
          : t('results', { count: list.total })}
      </p>
      {list.total === 0 && <p className="mt-4 text-slate-700">{empty ?? t('noResults')}</p>}
    </>
  )
}
