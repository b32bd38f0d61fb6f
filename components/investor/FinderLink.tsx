import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { finderPath } from '@/lib/sections'

/** The way into the policy finder from the home page, the policies list and industry pages. */
export async function FinderLink({ industry, className = '' }: { industry?: string; className?: string }) {
  const t = await getTranslations('Finder')
  return (
    <Link
      href={{ pathname: finderPath(), query: industry ? { industry } : {} }}
      className={`border-brand-700 text-brand-800 hover:bg-brand-50 inline-flex items-center gap-2 rounded-md border bg-white px-4 py-2 font-medium ${className}`}
    >
      {t('link')}
      <span aria-hidden="true">→</span>
    </Link>
  )
}
