'use client'

import { useActionState, useEffect, useRef } from 'react'

import type { Locale } from '@/i18n/locales'
import { checkEnquiryStatus, type EnquiryStatusState } from '@/lib/enquiries/statusAction'

export type EnquiryStatusStrings = Record<
  'reference' | 'referencePlaceholder' | 'email' | 'submit' | 'submitting',
  string
>

const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900'

/**
 * Reference + email → the enquiry's stage (lib/enquiries/status.ts). The reference of the link in the
 * receipt email (`?ref=`) is filled in here, in the browser, so that the page itself stays cached.
 */
export function EnquiryStatusForm({ locale, strings }: { locale: Locale; strings: EnquiryStatusStrings }) {
  const [state, action, pending] = useActionState<EnquiryStatusState, FormData>(checkEnquiryStatus, {
    status: 'idle',
  })
  const reference = useRef<HTMLInputElement>(null)
  const answer = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const ref = new URLSearchParams(window.location.search).get('ref')
    if (ref && reference.current && !reference.current.value) reference.current.value = ref.slice(0, 40)
  }, [])
  useEffect(() => {
    if (state.status !== 'idle') answer.current?.focus()
  }, [state])

  const typed = state.status === 'error' ? state : undefined
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-col gap-1">
        <label htmlFor="status-reference" className="text-sm font-medium text-slate-800">
          {strings.reference}
        </label>
        <input
          ref={reference}
          id="status-reference"
          name="reference"
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          placeholder={strings.referencePlaceholder}
          defaultValue={typed?.reference}
          className={`${inputClass} font-mono`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status-email" className="text-sm font-medium text-slate-800">
          {strings.email}
        </label>
        <input
          id="status-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          defaultValue={typed?.email}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-md px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? strings.submitting : strings.submit}
      </button>
      <div ref={answer} tabIndex={-1} role="status" aria-live="polite">
        {state.status === 'found' && (
          <div className="rounded-lg border border-emerald-700 bg-emerald-50 p-4 text-slate-900">
            <p className="font-semibold" data-testid="enquiry-progress">
              {state.progress}
            </p>
            <p className="mt-1 text-sm">{state.since}</p>
          </div>
        )}
        {state.status === 'error' && (
          <p className="rounded-lg border border-red-700 bg-red-50 p-4 text-sm font-medium text-red-800">
            {state.message}
          </p>
        )}
      </div>
    </form>
  )
}
