import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EnquiryStatusForm } from '@/components/EnquiryStatus.client'
import { PageHeader } from '@/components/PageHeader'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'EnquiryStatus' })
  return pageMetadata({ locale, path: '/contact/status', title: t('title'), description: t('intro'), noindex: true })
}

/** An enquirer's look-up of their enquiry's stage, by reference and email (lib/enquiries/status.ts). */
export default async function EnquiryStatusPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, te] = await Promise.all([getTranslations('EnquiryStatus'), getTranslations('Enquiry')])
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        crumbs={[{ label: te('title'), href: '/contact' }, { label: t('title') }]}
      />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <EnquiryStatusForm
          locale={locale}
          strings={{
            reference: t('reference'),
            referencePlaceholder: t('referencePlaceholder'),
            email: t('email'),
            submit: t('submit'),
            submitting: t('submitting'),
          }}
        />
      </div>
    </>
  )
}
