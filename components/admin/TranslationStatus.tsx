'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { adminT } from '@/i18n/admin/t'
import { LOCALE_INFO, locales } from '@/i18n/locales'

/**
 * In the sidebar: for each converted language (繁體中文), whether every field is converted
 * automatically or which ones staff reviewed by hand (hooks/traditional.ts keeps the list).
 */
export function TranslationStatus() {
  const say = adminT(useTranslation().t)
  const { value } = useField<Record<string, string[]> | null>({ path: 'reviewedTranslations' })
  const converted = locales.filter((locale) => LOCALE_INFO[locale].convertedFrom)
  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="translation-status">
      <strong>{say('content:reviewedTranslations')}</strong>
      {converted.map((locale) => {
        const reviewed = value?.[locale] ?? []
        return (
          <p key={locale} style={{ margin: 'calc(var(--base) * 0.25) 0' }}>
            {LOCALE_INFO[locale].name}:{' '}
            {reviewed.length ? say('content:reviewedList', { fields: reviewed.join(', ') }) : say('content:automatic')}
          </p>
        )
      })}
      <p style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>
        {say('content:reviewedTranslationsDescription')}
      </p>
    </div>
  )
}
