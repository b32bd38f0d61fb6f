'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import { useState } from 'react'

import { adminT } from '@/i18n/admin/t'

const link = { marginRight: 'var(--base)' }

/**
 * Above the enquiries list: shortcuts to the new ones, those past their reply date, the signed-in
 * member's own, those past their follow-up date, and a CSV download of
 * what the list shows (its filters, search and sort).
 */
export function EnquiryExport() {
  const say = adminT(useTranslation().t)
  const { user } = useAuth()
  const params = useSearchParams()
  const [now] = useState(() => new Date().toISOString())
  const query = new URLSearchParams()
  for (const [key, value] of params) {
    if (key.startsWith('where') || key === 'sort' || key === 'search') query.append(key, value)
  }
  const overdue = new URLSearchParams({
    'where[and][0][followUpDate][less_than]': now,
    'where[and][1][status][not_in][0]': 'signed',
    'where[and][1][status][not_in][1]': 'closed',
  })
  return (
    <div
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 'var(--base)' }}
    >
      <div>
        <Link style={link} href="/admin/collections/enquiries?where[status][equals]=new">
          {say('enquiryList:new')}
        </Link>
        <Link style={link} href="/admin/collections/enquiries?where[overdue][equals]=true">
          {say('enquiryList:replyOverdue')}
        </Link>
        {user && (
          <Link style={link} href={`/admin/collections/enquiries?where[assignee][equals]=${user.id}`}>
            {say('enquiryList:mine')}
          </Link>
        )}
        <Link style={link} href={`/admin/collections/enquiries?${overdue}`}>
          {say('enquiryList:overdue')}
        </Link>
        <Link style={link} href="/admin/collections/enquiries">
          {say('enquiryList:all')}
        </Link>
      </div>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/enquiries/export?${query}`} download>
        {say('enquiryList:exportCsv')}
      </a>
    </div>
  )
}
