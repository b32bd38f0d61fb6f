import { getTranslations } from 'next-intl/server'

import type { SiteSetting } from '@/payload-types'
import { EmailAddress } from '@/components/EmailAddress'

/** The bureau's contact lines from the site settings: footer and contact page. */
export async function ContactDetails({
  contact,
  linkClassName,
  className = '',
}: {
  contact: SiteSetting['contact']
  linkClassName?: string
  className?: string
}) {
  const t = await getTranslations('Footer')
  return (
    <address className={`not-italic ${className}`}>
      {contact?.organisation && <p className="font-medium text-slate-900">{contact.organisation}</p>}
      {contact?.address && <p>{contact.address}</p>}
      {contact?.phone && (
        <p>
          {t('phone')}:{' '}
          <a className={linkClassName} href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
            {contact.phone}
          </a>
        </p>
      )}
      {contact?.email && (
        <p>
          {t('email')}:{' '}
          <a className={linkClassName} href={`mailto:${contact.email}`}>
            <EmailAddress address={contact.email} />
          </a>
        </p>
      )}
      {contact?.hours && (
        <p>
          {t('hours')}: {contact.hours}
        </p>
      )}
    </address>
  )
}
