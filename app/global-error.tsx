'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

import { ERROR_TEXT, localeOfPath } from '@/i18n/errorText'
import { htmlLang } from '@/i18n/locales'

/**
 * A fault in a root layout itself: this replaces the whole page, so it brings its own <html>. The
 * language comes from the address (there is no layout to ask).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname() ?? '/')
  useEffect(() => {
    console.error(error)
  }, [error])
  const t = ERROR_TEXT[locale]
  return (
    <html lang={htmlLang[locale]}>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0 }}>
        <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '6rem 1rem', textAlign: 'center' }}>
          <h1 style={{ fontSize: '1.875rem' }}>{t.title}</h1>
          <p style={{ color: '#334155' }}>{t.body}</p>
          <p>
            <button type="button" onClick={reset} style={{ padding: '0.6rem 1.2rem', marginRight: '0.75rem' }}>
              {t.retry}
            </button>
            <a href={`/${locale}`}>{t.back}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
