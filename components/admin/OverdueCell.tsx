'use client'

import { useTranslation } from '@payloadcms/ui'

import { adminT } from '@/i18n/admin/t'

/** The enquiries list's overdue column: a red mark where the first contact is late, nothing else. */
export function OverdueCell({ cellData }: { cellData?: unknown }) {
  const say = adminT(useTranslation().t)
  if (cellData !== true) return null
  return <strong style={{ color: 'var(--theme-error-600)', whiteSpace: 'nowrap' }}>⚠ {say('enquiries:overdue')}</strong>
}
