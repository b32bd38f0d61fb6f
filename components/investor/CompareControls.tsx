import { getTranslations } from 'next-intl/server'

/** A park's "add to comparison" checkbox, inside a form that submits to the comparison page. */
export async function CompareBox({ slug, name }: { slug: string; name: string }) {
  const t = await getTranslations('Compare')
  return (
    <label className="inline-flex shrink-0 items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" name="parks" value={slug} className="h-4 w-4" aria-label={`${t('add')}: ${name}`} />
      <span aria-hidden="true">{t('add')}</span>
    </label>
  )
}

/** The submit button of such a form. */
export async function CompareSubmit() {
  const t = await getTranslations('Compare')
  return (
    <button type="submit" className="bg-brand-700 hover:bg-brand-800 mt-4 rounded-md px-4 py-2 font-medium text-white">
      {t('submit')}
    </button>
  )
}
