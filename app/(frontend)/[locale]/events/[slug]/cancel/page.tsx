import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { documentPath, sectionPath } from '@/lib/sections'
import { pageLocale } from '@/lib/portal/pageLocale'
import { cancelFromLink } from '@/lib/registrations/action'
import { findByCancelToken } from '@/lib/registrations/cancel'
import { payloadClient } from '@/lib/server/payload'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ ref?: string; token?: string; done?: string }>
}

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** Where the link in a confirmation email leads: who is registered, and one button that cancels. */
export default async function CancelRegistrationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { ref = '', token = '', done } = await searchParams
  const [t, tEvents] = await Promise.all([getTranslations('Registration.cancel'), getTranslations('Events')])
  const registration = await findByCancelToken(await payloadClient(), ref, token, locale)
  const event = registration && typeof registration.event === 'object' ? registration.event : undefined
  const page = `/${locale}${documentPath('events', slug)}/cancel`
  let body: React.ReactNode
  if (!registration || (event && event.slug !== slug)) body = <p role="alert">{t('invalid')}</p>
  else if (registration.status === 'cancelled') body = <p role="status">{done === '1' ? t('done') : t('already')}</p>
  else
    body = (
      <form action={cancelFromLink} className="space-y-4">
        <p>
          {t('intro', {
            reference: registration.reference,
            name: registration.name,
            attendees: registration.attendees,
          })}
        </p>
        <input type="hidden" name="ref" value={ref} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="page" value={page} />
        <button type="submit" className="rounded-md bg-red-700 px-6 py-3 font-semibold text-white hover:bg-red-800">
          {t('button')}
        </button>
      </form>
    )
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={event?.title}
        crumbs={[{ href: sectionPath('events'), label: tEvents('title') }, { label: t('title') }]}
      />
      <div className="mx-auto max-w-3xl px-4 py-8 text-slate-800">{body}</div>
    </>
  )
}
