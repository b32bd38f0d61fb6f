import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getSiteSettings } from '@/lib/portal/data'

import { ContactDetails } from './ContactDetails'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, settings] = await Promise.all([getTranslations('Footer'), getSiteSettings(locale)])
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-semibold text-slate-900">{settings.siteName}</p>
          {settings.tagline && <p className="mt-1">{settings.tagline}</p>}
        </div>
        <div>
          <Link href="/contact" className="hover:text-brand-700 font-semibold text-slate-900 underline">
            {t('contact')}
          </Link>
          <ContactDetails contact={settings.contact} />
          <p className="mt-2 text-xs text-slate-500">{t('placeholderNote')}</p>
        </div>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">
        {t('copyright', { year: new Date().getFullYear() })}
      </p>
    </footer>
  )
}
