import { getTranslations } from 'next-intl/server'

/** How many documents a filtered list shows, announced to screen readers when it changes. */
export async function ResultCount({ count, empty }: { count: number; empty?: string }) {
  const t = await getTranslations('Common')
  return (
    <>
      <p className="mt-6 text-sm text-slate-600" role="status">
        {t('results', { count })}
      </p>
      {count === 0 && <p className="mt-4 text-slate-700">{empty ?? t('noResults')}</p>}
    </>
  )
}
