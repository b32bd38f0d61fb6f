'use client'

import { useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { adminT } from '@/i18n/admin/t'
import { portalPath } from '@/lib/portal/preview'

/** In the edit sidebar: the published page on the portal, and the latest draft in preview. */
export function ViewOnPortal() {
  const { collectionSlug, hasPublishedDoc, id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const locale = useLocale()
  const say = adminT(useTranslation().t)
  const path = portalPath({ collection: collectionSlug, slug, locale: locale?.code })
  if (!path || id == null) return null
  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) * 0.4)', marginBottom: 'var(--base)' }}>
      {hasPublishedDoc && (
        <a href={path} target="_blank" rel="noopener">
          {say('editor:viewOnPortal')}
        </a>
      )}
      <a href={`/next/preview?path=${encodeURIComponent(path)}`} target="_blank" rel="noopener">
        {say('editor:previewDraft')}
      </a>
    </div>
  )
}
