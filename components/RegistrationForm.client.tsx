'use client'

import type { Locale } from '@/i18n/locales'
import { useActionState, useEffect, useRef } from 'react'

import { ConsentBox, describedBy, FormField, Honeypot, LanguageSelect, useFormToken } from '@/components/formParts'

import { register, type RegistrationFormState } from '@/lib/registrations/action'
import { MAX_ATTENDEES, REGISTRATION_MAX, type RegistrationField } from '@/lib/forms/constants'
import type { RegistrationStrings } from '@/lib/registrations/fields'

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

type Props = {
  locale: Locale
  event: string
  startedAt: string
  languages: { value: string; label: string }[]
  strings: RegistrationStrings
  privacyHref?: string
}

/**
 * Sign-up for an event held on this portal. A plain POST to a server action (works without
 * JavaScript); the answer says whether a place was taken or the waiting list joined, with the
 * reference the confirmation email repeats.
 */
export function RegistrationForm(props: Props) {
  const text = props.strings
  const [state, action, pending] = useActionState<RegistrationFormState, FormData>(register, { status: 'idle' })
  const shownAt = useFormToken(props.startedAt)
  const focus = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') focus.current?.focus()
  }, [state])

  if (state.status === 'confirmed' || state.status === 'waitlisted') {
    const waitlisted = state.status === 'waitlisted'
    return (
      <div
        ref={focus}
        tabIndex={-1}
        role="status"
        className={`rounded-lg border p-6 text-slate-900 ${waitlisted ? 'border-amber-600 bg-amber-50' : 'border-emerald-700 bg-emerald-50'}`}
      >
        <p className="text-lg font-semibold">{waitlisted ? text.waitlistedTitle : text.confirmedTitle}</p>
        <p className="mt-2">{waitlisted ? text.waitlistedBody : text.confirmedBody}</p>
        <p className="mt-3 text-sm text-slate-700">{text.referenceLabel}</p>
        <p className="font-mono text-2xl font-bold tracking-wide" data-testid="registration-reference">
          {state.reference}
        </p>
      </div>
    )
  }

  const errors: Record<string, string> = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const id = (name: string) => `registration-${name}`
  const described = (name: RegistrationField, hint?: string) => describedBy(id(name), hint, errors[name])
  const labelled = (
    name: RegistrationField,
    label: string,
    required: boolean,
    control: React.ReactNode,
    hint?: string,
  ) => (
    <FormField
      id={id(name)}
      label={label}
      required={required}
      requiredText={text.requiredMark}
      hint={hint}
      error={errors[name]}
    >
      {control}
    </FormField>
  )
  const textInput = (
    name: keyof typeof REGISTRATION_MAX,
    label: string,
    required: boolean,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) =>
    labelled(
      name,
      label,
      required,
      <input
        id={id(name)}
        name={name}
        required={required}
        maxLength={REGISTRATION_MAX[name]}
        defaultValue={values[name]}
        aria-invalid={Boolean(errors[name]) || undefined}
        aria-describedby={described(name, hint)}
        className={inputClass}
        {...extra}
      />,
      hint,
    )

  return (
    <form key={JSON.stringify(values)} action={action} noValidate className="space-y-5">
      {state.status === 'error' && (
        <div
          ref={focus}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-4 text-sm font-medium text-red-800"
        >
          {state.message}
        </div>
      )}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="event" value={props.event} />
      <input type="hidden" name="startedAt" value={values.startedAt ?? shownAt} />
      <Honeypot />
      <div className="grid gap-5 sm:grid-cols-2">
        {textInput('name', text.name, true, { autoComplete: 'name' })}
        {textInput('company', text.company, true, { autoComplete: 'organization' })}
        {textInput('jobTitle', text.jobTitle, false, { autoComplete: 'organization-title' })}
        {textInput('phone', text.phone, false, { type: 'tel', autoComplete: 'tel' })}
        {textInput('email', text.email, true, { type: 'email', autoComplete: 'email' }, text.emailHint)}
        {labelled(
          'attendees',
          text.attendees,
          true,
          <input
            id={id('attendees')}
            name="attendees"
            type="number"
            min={1}
            max={MAX_ATTENDEES}
            defaultValue={values.attendees ?? '1'}
            aria-invalid={Boolean(errors.attendees) || undefined}
            aria-describedby={described('attendees')}
            className={inputClass}
          />,
        )}
        {labelled(
          'language',
          text.language,
          false,
          <LanguageSelect
            id={id('language')}
            name="language"
            languages={props.languages}
            defaultValue={values.language ?? props.locale}
            className={inputClass}
          />,
        )}
      </div>
      <ConsentBox
        id={id('consent')}
        label={text.consent}
        required={text.requiredMark}
        checked={values.consent === 'on'}
        error={errors.consent}
        privacyHref={props.privacyHref}
        privacyLabel={text.privacyLink}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-6 py-3 font-semibold text-white disabled:opacity-60"
      >
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  )
}
