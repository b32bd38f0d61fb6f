import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Park } from '@/payload-types'
import { EmailAddress } from '@/components/EmailAddress'

/** A park's contact person and its place (address, coordinates, a link to the map), in its page's aside. */
export async function ParkContact({
  locale,
  contact,
  location,
}: {
  locale: Locale
  contact: Park['contact']
  location: Park['location']
}) {
  const t = await getTranslations({ locale, namespace: 'Parks' })
  const { lat, lng, address } = location ?? {}
  const listed = Boolean(contact?.name || contact?.phone || contact?.email)
  return (
    <>
      <section aria-labelledby="contact" className="rounded-lg border border-slate-200 p-5">
        <h2 id="contact" className="text-lg font-semibold text-slate-900">
          {t('contact')}
        </h2>
        {!listed && <p className="mt-3 text-sm text-slate-700">{t('noContact')}</p>}
        {listed && (
          <dl className="mt-3 space-y-2 text-sm">
            {contact?.name && (
              <div>
                <dt className="sr-only">{t('contact')}</dt>
                <dd className="font-medium text-slate-900">{contact.name}</dd>
              </div>
            )}
            {contact?.phone && (
              <div>
                <dt className="inline text-slate-600">{t('phone')}: </dt>
                <dd className="inline">
                  <a className="text-brand-700 underline" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                    {contact.phone}
                  </a>
                </dd>
              </div>
            )}
            {contact?.email && (
              <div>
                <dt className="inline text-slate-600">{t('email')}: </dt>
                <dd className="inline">
                  <a className="text-brand-700 underline" href={`mailto:${contact.email}`}>
                    <EmailAddress address={contact.email} />
                  </a>
                </dd>
              </div>
            )}
          </dl>
        )}
      </section>
      {(address || (lat != null && lng != null)) && (
        <section aria-labelledby="location" className="rounded-lg border border-slate-200 p-5 text-sm">
          <h2 id="location" className="text-lg font-semibold text-slate-900">
            {t('location')}
          </h2>
          {address && <p className="mt-2">{address}</p>}
          {lat != null && lng != null && (
            <p className="mt-2 text-slate-700">
              {t('coordinates')}: {lat.toFixed(4)}, {lng.toFixed(4)} ·{' '}
              <a
                className="text-brand-700 underline"
                rel="noopener"
                target="_blank"
                href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=13/${lat}/${lng}`}
              >
                {t('openMap')}
              </a>
            </p>
          )}
        </section>
      )}
    </>
  )
}
