import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/** The localized 404: unknown paths and documents that are not published. */
export default async function NotFound() {
  const t = await getTranslations('NotFound')
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 text-center">
      <p className="text-brand-700 text-6xl font-bold">404</p>
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-slate-700">{t('body')}</p>
      <Link
        href="/"
        className="bg-brand-700 hover:bg-brand-800 mt-8 inline-block rounded-md px-5 py-2.5 font-medium text-white"
      >
        {t('back')}
      </Link>
    </div>
  )
}
