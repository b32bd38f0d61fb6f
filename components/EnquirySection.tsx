import { getTranslations } from 'next-intl/server'

import { type Locale, locales } from '@/i18n/locales'
import { ENQUIRY_STRINGS, type EnquiryStrings, type EnquiryValues } from '@/lib/enquiries/fields'
import { ENQUIRY_MAX } from '@/lib/forms/constants'
import { aftercareCategories, investmentRanges, optionChoices, premisesNeeds } from '@/lib/schema/options'
import { getIndustryChoices, getSiteSettings, settingsPagePath } from '@/lib/portal/data'
import type { EnquirySubject } from '@/lib/sections'
import { issueFormToken } from '@/lib/forms/token'
import { payloadClient } from '@/lib/server/payload'

import { EnquiryForm } from './EnquiryForm.client'

const SLOT = '\u0000'

/** The enquiry form with its heading, on the contact page and on park, policy and case pages. */
export async function EnquirySection({
  locale,
  path,
  subject,
  subjectTitle,
  subjectLang,
  aftercare,
  title,
  prefill,
}: {
  locale: Locale
  /** The page's path without the locale, e.g. `/parks/longnan-etdz`. */
  path: string
  subject?: `${EnquirySubject}:${string}`
  subjectTitle?: string | null
  /** The title's language when it is not the page's (shown in Chinese for want of English). */
  subjectLang?: string
  /** The aftercare form (components/EnquiryForm.client.tsx), under its own `title`. */
  aftercare?: boolean
  title?: string
  /** What the form starts with (components/EnquiryForm.client.tsx `prefill`). */
  prefill?: EnquiryValues
}) {
  const [t, industries, settings] = await Promise.all([
    getTranslations('Enquiry'),
    getIndustryChoices(locale),
    getSiteSettings(locale),
  ])
  const privacy = settingsPagePath(settings.pages?.privacy)
  const payload = await payloadClient()
  // Each text once, with its values where it has any (formatting one without them logs an error).
  const strings: EnquiryStrings = Object.fromEntries(
    ENQUIRY_STRINGS.map((key) => [key, key === 'messageHint' ? t(key, { max: ENQUIRY_MAX.message }) : t(key)]),
  ) as Record<(typeof ENQUIRY_STRINGS)[number], string>
  if (subjectTitle) {
    // The sentence around the title, so that the title can carry its own language.
    const [before = '', after = ''] = t('about', { title: SLOT }).split(SLOT)
    strings.about = { before, title: subjectTitle, after, lang: subjectLang }
  }
  return (
    <section aria-labelledby="enquiry" id="enquire" className="scroll-mt-4">
      <h2 id="enquiry" className="mb-4 text-2xl font-bold text-slate-900">
        {title ?? t('formTitle')}
      </h2>
      <EnquiryForm
        locale={locale}
        subject={subject}
        sourcePage={`/${locale}${path}`}
        startedAt={issueFormToken(payload.secret)}
        industries={industries}
        investmentRanges={optionChoices(investmentRanges, locale)}
        premisesNeeds={optionChoices(premisesNeeds, locale)}
        languages={locales.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
        strings={strings}
        privacyHref={privacy && `/${locale}${privacy}`}
        aftercareCategories={aftercare ? optionChoices(aftercareCategories, locale) : undefined}
        prefill={prefill}
      />
    </section>
  )
}

/** The form at the foot of a park, policy or case page, about that document. */
export function DetailEnquiry(props: Parameters<typeof EnquirySection>[0]) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-8">
        <EnquirySection {...props} />
      </div>
    </div>
  )
}
