import { getTranslations } from 'next-intl/server'

import { type Locale, locales } from '@/i18n/locales'
import { issueFormToken } from '@/lib/forms/token'
import { getSiteSettings, settingsPagePath } from '@/lib/portal/data'
import { REGISTRATION_STRINGS, type RegistrationStrings } from '@/lib/registrations/fields'
import { payloadClient } from '@/lib/server/payload'

import { RegistrationForm } from './RegistrationForm.client'

/** The sign-up form under an event that takes registrations on this portal. */
export async function RegistrationSection({ locale, event }: { locale: Locale; event: string }) {
  const [t, tEnquiry, settings, payload] = await Promise.all([
    getTranslations('Registration'),
    getTranslations('Enquiry'),
    getSiteSettings(locale),
    payloadClient(),
  ])
  const strings = Object.fromEntries(REGISTRATION_STRINGS.map((key) => [key, t(key)])) as RegistrationStrings
  const privacy = settingsPagePath(settings.pages?.privacy)
  return (
    <section aria-labelledby="register-title" id="register" className="mx-auto max-w-6xl scroll-mt-4 px-4 py-8">
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-8">
        <h2 id="register-title" className="mb-4 text-2xl font-bold text-slate-900">
          {t('formTitle')}
        </h2>
        <RegistrationForm
          locale={locale}
          event={event}
          startedAt={issueFormToken(payload.secret)}
          languages={locales.map((code) => ({ value: code, label: tEnquiry(`languages.${code}`) }))}
          strings={strings}
          privacyHref={privacy && `/${locale}${privacy}`}
        />
      </div>
    </section>
  )
}
