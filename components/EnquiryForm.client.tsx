'use client'

import type { Locale } from '@/i18n/locales'
import { type InputHTMLAttributes, type ReactNode, useActionState, useEffect, useRef } from 'react'

import { ConsentBox, describedBy, FormField, Honeypot, LanguageSelect, useFormToken } from '@/components/formParts'

import { type EnquiryFormState, sendEnquiry } from '@/lib/enquiries/action'
import type { EnquiryStrings, EnquiryValues } from '@/lib/enquiries/fields'
import { ENQUIRY_MAX, type EnquiryField } from '@/lib/forms/constants'
import { enquiryStatusPath } from '@/lib/sections'

type Choice = { value: string; label: string }

export type EnquiryFormProps = {
  locale: Locale
  /** `parks:slug` — what the enquiry is about, when sent from a detail page. */
  subject?: string
  sourcePage: string
  /** When the page rendered the form, signed by the server (lib/forms/token.ts). */
  startedAt: string
  industries: Choice[]
  investmentRanges: Choice[]
  premisesNeeds: Choice[]
  languages: Choice[]
  strings: EnquiryStrings
  /** The privacy notice (site settings), linked next to the consent box. */
  privacyHref?: string
  /** An invested firm's aftercare request: its problem categories (then required), and no investment plans asked. */
  aftercareCategories?: Choice[]
  /** What the form starts with, from what the page is about (a project's industry, size and a message). */
  prefill?: EnquiryValues
}

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

/**
 * The enquiry form. A plain POST to a server action, so it works without JavaScript; with it, it
 * stays on the page, keeps what was typed, and puts each localized error next to its field.
 */
export function EnquiryForm(props: EnquiryFormProps) {
  const text = props.strings
  const aftercare = props.aftercareCategories
  const [state, action, pending] = useActionState<EnquiryFormState, FormData>(sendEnquiry, { status: 'idle' })
  const shownAt = useFormToken(props.startedAt)
  const summary = useRef<HTMLDivElement>(null)
  const done = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus()
    if (state.status === 'sent') done.current?.focus()
  }, [state])

  if (state.status === 'sent') {
    return (
      <div
        ref={done}
        tabIndex={-1}
        role="status"
        className="rounded-lg border border-emerald-700 bg-emerald-50 p-6 text-slate-900"
      >
        <p className="text-lg font-semibold">{text.successTitle}</p>
        <p className="mt-2">{text.successBody}</p>
        <p className="mt-3 font-mono text-2xl font-bold tracking-wide" data-testid="enquiry-reference">
          {state.reference}
        </p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <a
            className="text-brand-700 underline"
            href={`${enquiryStatusPath(props.locale)}?ref=${encodeURIComponent(state.reference)}`}
          >
            {text.statusLink}
          </a>
          <a className="text-brand-700 underline" href={props.sourcePage}>
            {text.another}
          </a>
        </p>
      </div>
    )
  }

  const errors: Record<string, string> = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : (props.prefill ?? {})
  const id = (field: string) => `enquiry-${field}`

  const field = (name: EnquiryField, label: string, control: ReactNode, hint?: string, required = false) => (
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
  const aria = (name: EnquiryField, hint = false) => ({
    id: id(name),
    name,
    'aria-invalid': Boolean(errors[name]) || undefined,
    'aria-describedby': describedBy(id(name), hint, errors[name]),
  })
  const select = (name: EnquiryField, choices: { value: string; label: string }[]) => (
    <select {...aria(name)} defaultValue={values[name] ?? ''} className={inputClass}>
      <option value="">{text.choose}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  )

  /** A text input with the field's limit and the value typed before a round trip. */
  const input = (
    name: Extract<EnquiryField, keyof typeof ENQUIRY_MAX>,
    attributes: InputHTMLAttributes<HTMLInputElement>,
    hint = false,
  ) => (
    <input
      {...aria(name, hint)}
      maxLength={ENQUIRY_MAX[name]}
      defaultValue={values[name]}
      className={inputClass}
      {...attributes}
    />
  )

  return (
    // Keyed by the state: after an answer the fields are drawn again with what the investor typed.
    <form key={JSON.stringify(values)} action={action} noValidate className="space-y-5">
      {state.status === 'error' && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-4 text-sm font-medium text-red-800"
        >
          {state.message}
        </div>
      )}
      {text.about && (
        <p className="bg-brand-50 text-brand-900 rounded-md px-3 py-2 text-sm">
          {text.about.before}
          <span lang={text.about.lang}>{text.about.title}</span>
          {text.about.after}
        </p>
      )}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="subject" value={props.subject ?? ''} />
      <input type="hidden" name="sourcePage" value={props.sourcePage} />
      {aftercare && <input type="hidden" name="kind" value="aftercare" />}
      {/* Kept across a round trip with errors: the fill time counts from the first view of the form. */}
      <input type="hidden" name="startedAt" value={values.startedAt ?? shownAt} />
      <Honeypot />

      <div className="grid gap-5 sm:grid-cols-2">
        {field(
          'company',
          text.company,
          input('company', { required: true, autoComplete: 'organization' }),
          undefined,
          true,
        )}
        {field(
          'contactName',
          text.contactName,
          input('contactName', { required: true, autoComplete: 'name' }),
          undefined,
          true,
        )}
        {field('phone', text.phone, input('phone', { type: 'tel', autoComplete: 'tel' }, true), text.contactHint)}
        {field('email', text.email, input('email', { type: 'email', autoComplete: 'email' }))}
        {aftercare ? (
          <>
            {field('category', text.category, select('category', aftercare), undefined, true)}
            {field('industry', text.industry, select('industry', props.industries))}
          </>
        ) : (
          <>
            {field('origin', text.origin, input('origin', { placeholder: text.originPlaceholder }))}
            {field('industry', text.industry, select('industry', props.industries))}
            {field('investment', text.investment, select('investment', props.investmentRanges))}
            {field('premises', text.premises, select('premises', props.premisesNeeds))}
          </>
        )}
      </div>
      {field(
        'message',
        text.message,
        <textarea
          {...aria('message', true)}
          rows={5}
          maxLength={ENQUIRY_MAX.message}
          defaultValue={values.message}
          className={inputClass}
        />,
        text.messageHint,
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        {field(
          'preferredLanguage',
          text.preferredLanguage,
          <LanguageSelect
            {...aria('preferredLanguage')}
            languages={props.languages}
            defaultValue={values.preferredLanguage ?? props.locale}
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
      <p className="text-xs text-slate-600">{text.privacy}</p>
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
