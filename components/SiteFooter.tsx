import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getSiteSettings } from '@/lib/portal'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, settings] = await Promise.all([getTranslations('Footer'), getSiteSettings(locale)])
  const contact = settings.contact
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-semibold text-slate-900">{settings.siteName}</p>
          {settings.tagline && <p className="mt-1">{settings.tagline}</p>}
        </div>
        <address className="not-italic">
          <p className="font-semibold text-slate-900">{t('contact')}</p>
          {contact?.organisation && <p>{contact.organisation}</p>}
          {contact?.address && <p>{contact.address}</p>}
          {contact?.phone && (
            <p>
              {t('phone')}: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </p>
          )}
          {contact?.email && (
            <p>
              {t('email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
          {contact?.hours && (
            <p>
              {t('hours')}: {contact.hours}
            </p>
          )}
          <p className="mt-2 text-xs text-slate-500">{t('placeholderNote')}</p>
        </address>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">
        {t('copyright', { year: new Date().getFullYear() })}
      </p>
    </footer>
  )
}
