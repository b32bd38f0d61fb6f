'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** Above the enquiries list: download what the list shows (its filters, search and sort) as CSV. */
export function EnquiryExport() {
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params) {
    if (key.startsWith('where') || key === 'sort' || key === 'search') query.append(key, value)
  }
  const zh = i18n.language !== 'en'
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/enquiries/export?${query}`} download>
        {zh ? '导出 CSV（当前筛选结果）' : 'Export CSV (current filters)'}
      </a>
    </div>
  )
}
