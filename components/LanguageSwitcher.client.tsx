'use client'

import { useLocale, useTranslations } from 'next-intl'

import { htmlLang, locales, localeNames } from '@/i18n/locales'
import { Link, usePathname } from '@/i18n/navigation'

/** A real link to the same page in the other language (works without JavaScript once rendered). */
export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher')
  const locale = useLocale()
  const pathname = usePathname()
  const other = locales.find((l) => l !== locale) ?? locale
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={htmlLang[other]}
      lang={htmlLang[other]}
      title={t('switchTo')}
      className="hover:border-brand-700 hover:text-brand-700 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700"
    >
      {localeNames[other]}
    </Link>
  )
}
