'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { ERROR_TEXT, localeOfPath } from '@/i18n/errorText'

/** An unexpected fault while rendering a portal page: said in the reader's language, with a way on. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>()
  const locale = localeOfPath(`/${params?.locale ?? ''}`)
  const t = ERROR_TEXT[locale]
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold text-slate-900">{t.title}</h1>
      <p className="mt-4 text-slate-700">{t.body}</p>
      {error.digest && <p className="mt-2 text-sm text-slate-500">#{error.digest}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-5 py-2.5 font-medium text-white"
        >
          {t.retry}
        </button>
        {/* A plain link: after a fault, a full page load is the surest way back. */}
        <a
          href={`/${locale}`}
          className="rounded-md border border-slate-300 px-5 py-2.5 font-medium text-slate-800 hover:bg-slate-50"
        >
          {t.back}
        </a>
      </div>
    </div>
  )
}
