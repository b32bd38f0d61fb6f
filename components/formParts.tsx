'use client'

import { type ComponentProps, type ReactNode, useEffect, useState } from 'react'

import { FORM_TOKEN_PATH, HONEYPOT_FIELD } from '@/lib/forms/constants'

/**
 * The portal forms' shared parts (enquiry, event registration). The fill time counts from when the
 * form appears: the page may have been rendered (and cached) long before, so a fresh signed time is
 * fetched on mount (lib/forms/token.ts).
 */
export function useFormToken(rendered: string) {
  const [token, setToken] = useState(rendered)
  useEffect(() => {
    fetch(FORM_TOKEN_PATH, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body: { token?: string } | undefined) => body?.token && setToken(body.token))
      .catch(() => undefined)
  }, [])
  return token
}

/** The honeypot: off-screen and out of the tab order; people leave it empty, bots fill it in. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label>
        Website
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  )
}

/** A red asterisk for the eye, the word "required" for screen readers. */
export function RequiredMark({ text }: { text: string }) {
  return (
    <>
      <span className="text-red-700" aria-hidden="true">
        {' '}
        *
      </span>
      <span className="sr-only"> ({text})</span>
    </>
  )
}

/** The consent box, with the privacy notice linked right under it and its error. */
export function ConsentBox({
  id,
  label,
  required,
  checked,
  error,
  privacyHref,
  privacyLabel,
}: {
  id: string
  label: string
  required: string
  checked: boolean
  error?: string
  privacyHref?: string
  privacyLabel: string
}) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="consent"
          type="checkbox"
          required
          defaultChecked={checked}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="accent-brand-700 mt-1 h-4 w-4"
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
          <RequiredMark text={required} />
        </label>
      </div>
      {privacyHref && (
        <a
          href={privacyHref}
          target="_blank"
          rel="noopener"
          className="text-brand-700 ml-7 text-sm underline"
          data-testid="privacy-link"
        >
          {privacyLabel}
        </a>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}

/** The language the submitter wants replies in: the page's language first chosen. */
export function LanguageSelect({
  languages,
  ...select
}: ComponentProps<'select'> & { languages: { value: string; label: string }[] }) {
  return (
    <select {...select}>
      {languages.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  )
}

/** The ids a control's `aria-describedby` names: its hint and its error, where it has them. */
export const describedBy = (id: string, hint?: unknown, error?: unknown) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

/** A labelled control with its hint and its error under it (`{id}-hint`, `{id}-error`). */
export function FormField({
  id,
  label,
  required,
  requiredText,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  required: boolean
  requiredText: string
  hint?: string
  error?: string
  children: ReactNode
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required && <RequiredMark text={requiredText} />}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
