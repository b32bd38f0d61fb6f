'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { adminT } from '@/i18n/admin/t'

type Issue = { row?: number; error?: string }

/**
 * A spreadsheet import's rows that were not imported, one line each with its row number and the
 * reason in the staff member's language (the plugin keeps them as JSON, which its code editor
 * would load from a CDN the admin's CSP rightly refuses).
 */
export function ImportIssues({ path }: { path: string }) {
  const say = adminT(useTranslation().t)
  const { value } = useField<Issue[] | null>({ path })
  if (!Array.isArray(value) || value.length === 0) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }} data-testid="import-issues">
      <strong>{say('spreadsheets:issues')}</strong>
      <ul style={{ margin: 'calc(var(--base) * 0.5) 0 0', paddingLeft: '1.2em' }}>
        {value.map((issue, i) => (
          <li key={i}>{say('spreadsheets:issueRow', { row: issue.row ?? '?', error: issue.error ?? '' })}</li>
        ))}
      </ul>
    </div>
  )
}
