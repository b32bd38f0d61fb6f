'use client'

import { useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { portalPath } from '@/lib/preview'

/** In the edit sidebar: the published page on the portal, and the latest draft in preview. */
export function ViewOnPortal() {
  const { collectionSlug, hasPublishedDoc, id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const locale = useLocale()
  const { i18n } = useTranslation()
  const path = portalPath({ collection: collectionSlug, slug, locale: locale?.code })
  if (!path || id == null) return null
  const zh = i18n.language !== 'en'
  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) * 0.4)', marginBottom: 'var(--base)' }}>
      {hasPublishedDoc && (
        <a href={path} target="_blank" rel="noopener">
          {zh ? '在门户网站查看 ↗' : 'View on portal ↗'}
        </a>
      )}
      <a href={`/next/preview?path=${encodeURIComponent(path)}`} target="_blank" rel="noopener">
        {zh ? '预览最新草稿 ↗' : 'Preview latest draft ↗'}
      </a>
    </div>
  )
}
