'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminT } from '@/i18n/admin/t'

type Counts = { confirmed: number; seats: number; waitlisted: number; checkedIn: number }

/**
 * In an event's sidebar: how many signed up, how many places that takes of the capacity, the
 * waiting list and check-ins, with links to the event's registrations and their CSV export.
 */
export function RegistrationSummary() {
  const { id } = useDocumentInfo()
  const say = adminT(useTranslation().t)
  const capacity = useFormFields(([fields]) => fields['registration.capacity']?.value as number | null | undefined)
  const [counts, setCounts] = useState<Counts>()
  useEffect(() => {
    if (id == null) return
    const where = `where[event][equals]=${id}`
    const get = (query: string) =>
      fetch(`/api/registrations?${where}&${query}`, { credentials: 'include' }).then((r) => r.json())
    Promise.all([
      get('where[status][equals]=confirmed&limit=1000&depth=0&select[attendees]=true'),
      get('where[status][equals]=waitlisted&limit=0'),
      get('where[checkedIn][equals]=true&limit=0'),
    ])
      .then(([confirmed, waitlisted, checkedIn]) =>
        setCounts({
          confirmed: confirmed.totalDocs,
          seats: (confirmed.docs as { attendees?: number }[]).reduce((sum, r) => sum + (r.attendees ?? 1), 0),
          waitlisted: waitlisted.totalDocs,
          checkedIn: checkedIn.totalDocs,
        }),
      )
      .catch(() => undefined)
  }, [id])
  if (id == null) return null
  const list = `/admin/collections/registrations?where[event][equals]=${id}`
  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="registration-summary">
      <strong>{say('registrations:summary')}</strong>
      {counts && (
        <p style={{ margin: 'calc(var(--base) * 0.25) 0' }}>
          {say('registrations:summaryLine', {
            ...counts,
            capacity: capacity ?? say('registrations:unlimited'),
          })}
        </p>
      )}
      <a href={list}>{say('registrations:openList')}</a>
      {' · '}
      <a href={`/api/registrations/export?${`where[event][equals]=${id}`}`} download>
        {say('registrations:exportCsv')}
      </a>
    </div>
  )
}
