'use client'

import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import { useState } from 'react'

const link = { marginRight: 'var(--base)' }

/**
 * Above the enquiries list: shortcuts to the new and the overdue enquiries, and a CSV download of
 * what the list shows (its filters, search and sort).
 */
export function EnquiryExport() {
  const { i18n } = useTranslation()
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
  const zh = i18n.language !== 'en'
  return (
    <div
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 'var(--base)' }}
    >
      <div>
        <Link style={link} href="/admin/collections/enquiries?where[status][equals]=new">
          {zh ? '新询盘' : 'New'}
        </Link>
        <Link style={link} href={`/admin/collections/enquiries?${overdue}`}>
          {zh ? '跟进已逾期' : 'Follow-up overdue'}
        </Link>
        <Link style={link} href="/admin/collections/enquiries">
          {zh ? '全部' : 'All'}
        </Link>
      </div>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/enquiries/export?${query}`} download>
        {zh ? '导出 CSV（当前筛选结果）' : 'Export CSV (current filters)'}
      </a>
    </div>
  )
}
