import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ContactDetails } from '@/components/ContactDetails'
import { EnquirySection } from '@/components/EnquirySection'
import { PageHeader } from '@/components/PageHeader'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/lib/portal/pageLocale'
import { getSiteSettings } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Enquiry' })
  return pageMetadata({ locale, path: '/contact', title: t('title'), description: t('intro') })
}

export default async function ContactPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tf, settings] = await Promise.all([
    getTranslations('Enquiry'),
    getTranslations('Footer'),
    getSiteSettings(locale),
  ])
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <EnquirySection locale={locale} path="/contact" />
        </div>
        <aside aria-labelledby="other-ways" className="h-fit rounded-lg border border-slate-200 p-5 text-sm">
          <h2 id="other-ways" className="text-lg font-semibold text-slate-900">
            {t('sideTitle')}
          </h2>
          <ContactDetails
            contact={settings.contact}
            className="mt-3 space-y-2"
            linkClassName="text-brand-700 underline"
          />
          <p className="mt-4 text-xs text-slate-600">{tf('placeholderNote')}</p>
          <p className="mt-4">
            <Link href="/contact/status" className="text-brand-700 underline">
              {t('statusLink')}
            </Link>
          </p>
        </aside>
      </div>
    </>
  )
}
