import { getTranslations } from 'next-intl/server'

import { defaultLocale, htmlLang, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getPages, getSiteSettings, settingsPagePath } from '@/lib/portal/data'
import { aftercarePath, dataPath, documentPath, setupPath, siteMapPath } from '@/lib/sections'

import { ContactDetails } from './ContactDetails'

const linkClass = 'hover:text-brand-700 underline'

/**
 * The foot of every page, as an official government site has it: who runs the site, its contact,
 * the guides, the site map and notices, then 主办/承办单位, the ICP and public-security registration numbers
 * (linked to their lookup pages) and the government website ID. All of it from site settings.
 */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, settings, pages] = await Promise.all([getTranslations('Footer'), getSiteSettings(locale), getPages(locale)])
  const official = settings.official
  const notices = [
    // The guides ("Investing in Ganzhou") first: on every page, not only in the site map.
    ...pages
      .filter((page) => page.kind === 'guide')
      .map((page) => ({ href: documentPath('pages', page.slug), label: page.title })),
    { href: settingsPagePath(settings.pages?.about), label: t('about') },
    { href: setupPath(), label: t('setupGuide') },
    { href: aftercarePath(), label: t('aftercare') },
    { href: siteMapPath(), label: t('siteMap') },
    { href: dataPath(), label: t('openData') },
    { href: settingsPagePath(settings.pages?.privacy), label: t('privacy') },
    { href: settingsPagePath(settings.pages?.terms), label: t('terms') },
    { href: settingsPagePath(settings.pages?.accessibility), label: t('accessibility') },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href))
  type Registration = { text: string; href?: string | null; lang?: string }
  const registrations = (
    [
      // The registration numbers are Chinese by law (赣ICP备…, 赣公网安备…), on English pages too.
      official?.icp && { text: official.icp, href: official.icpUrl, lang: htmlLang[defaultLocale] },
      official?.psb && { text: official.psb, href: official.psbUrl, lang: htmlLang[defaultLocale] },
      official?.siteCode && { text: t('siteCode', { code: official.siteCode }) },
    ] as (Registration | false | null | undefined | '')[]
  ).filter((item): item is Registration => Boolean(item))
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{settings.siteName}</p>
          {settings.tagline && <p className="mt-1">{settings.tagline}</p>}
        </div>
        <div>
          <Link href="/contact" className="hover:text-brand-700 font-semibold text-slate-900 underline">
            {t('contact')}
          </Link>
          <ContactDetails contact={settings.contact} />
          <p className="mt-2 text-xs text-slate-600">{t('placeholderNote')}</p>
        </div>
        <nav aria-label={t('official')}>
          <ul className="space-y-1">
            {notices.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            {(settings.footerLinks ?? []).map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} className={linkClass} rel="noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-slate-200 px-4 py-4 text-center text-xs leading-6 text-slate-600">
        {(official?.sponsor || official?.operator) && (
          <p>
            {[
              official.sponsor && t('sponsor', { name: official.sponsor }),
              official.operator && t('operator', { name: official.operator }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {registrations.length > 0 && (
          <p className="flex flex-wrap justify-center gap-x-4">
            {registrations.map((item) =>
              item.href ? (
                <a
                  key={item.text}
                  href={item.href}
                  lang={item.lang}
                  rel="noopener noreferrer"
                  target="_blank"
                  className={linkClass}
                >
                  {item.text}
                </a>
              ) : (
                <span key={item.text} lang={item.lang}>
                  {item.text}
                </span>
              ),
            )}
          </p>
        )}
        {official?.note && <p>{official.note}</p>}
        <p>{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
