import { getLocale, getTranslations } from 'next-intl/server'

import { type Locale, localeNames, locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { Link, localizedPath } from '@/i18n/navigation'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { navSections, sectionPath } from '@/lib/sections'

import { LanguageSwitcher } from './LanguageSwitcher.client'
import { MobileMenu } from './MobileMenu.client'
import { NavLink } from './NavLink.client'

export async function SiteHeader() {
  const locale = (await getLocale()) as Locale
  const [t, titles] = await Promise.all([getTranslations('Header'), sectionTitles(locale)])
  // Every other language the portal speaks, each a link to this same page in it.
  const others = locales.filter((l) => l !== locale)
  const href = (path: string) => localizedPath(path, locale)
  const links = (
    <>
      <li>
        <NavLink href={href('/')} home>
          {t('home')}
        </NavLink>
      </li>
      {navSections.map((section) => (
        <li key={section}>
          <NavLink href={href(sectionPath(section))}>{titles[section]}</NavLink>
        </li>
      ))}
    </>
  )
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <a
        href="#main"
        className="focus:text-brand-700 sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-3 text-slate-900">
          <span className="text-brand-700 text-xl font-bold">{t('brand')}</span>
          <span className="hidden text-sm text-slate-600 sm:inline">{t('brandSub')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2 sm:gap-3">
          {/* Every control here is at least 44 px high (WCAG 2.5.5), on a phone too. */}
          <Link
            href="/search"
            className="hover:text-brand-700 inline-flex min-h-11 items-center px-2 text-sm font-medium text-slate-700"
          >
            {t('search')}
          </Link>
          <Link
            href="/contact"
            className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-3 text-sm font-semibold text-white"
          >
            {t('contact')}
          </Link>
          {others.map((other) => (
            <LanguageSwitcher
              key={other}
              other={other}
              name={localeNames[other]}
              title={messages[other].LanguageSwitcher.here}
            />
          ))}
        </div>
      </div>
      {/* On a phone: one Menu button over every section; from md up the row of sections. */}
      <MobileMenu label={t('menuButton')}>
        <nav aria-label={t('menu')}>
          <ul className="mx-auto grid max-w-6xl grid-cols-2 gap-x-2 px-4 pb-3 text-sm font-medium text-slate-700">
            {links}
          </ul>
        </nav>
      </MobileMenu>
      <nav aria-label={t('menu')} className="mx-auto hidden max-w-6xl px-4 md:block">
        <ul className="flex flex-wrap gap-1 text-sm font-medium whitespace-nowrap text-slate-700">{links}</ul>
      </nav>
    </header>
  )
}
