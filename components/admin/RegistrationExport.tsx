'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

import { adminT } from '@/i18n/admin/t'

/** Above the registrations list: a CSV download of what the list shows (e.g. one event's sign-ups). */
export function RegistrationExport() {
  const say = adminT(useTranslation().t)
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params) {
    if (key.startsWith('where') || key === 'sort' || key === 'search') query.append(key, value)
  }
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/registrations/export?${query}`} download>
        {say('registrations:exportCsv')}
      </a>
    </div>
  )
}
