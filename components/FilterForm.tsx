import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import { LabelledSelect } from './LabelledSelect'

export type FilterField =
  | { kind: 'select'; name: string; label: string; value?: string; options: { value: string; label: string }[] }
  | { kind: 'search'; name: string; label: string; value?: string; hint?: string }

/** A dropdown filter: `name` in the URL, its current `value`, its choices. */
export const selectFilter = (
  name: string,
  label: string,
  value: string | undefined,
  options: { value: string; label: string }[],
): FilterField => ({ kind: 'select', name, label, value, options })

/**
 * Filters as a plain GET form: the choice lives in the URL (shareable, back button works) and
 * it works without JavaScript.
 */
export async function FilterForm({
  locale,
  path,
  fields,
  hidden,
}: {
  locale: Locale
  path: string
  fields: FilterField[]
  hidden?: Record<string, string>
}) {
  const t = await getTranslations('Common')
  const action = `/${locale}${path}`
  const active = fields.filter((field) => field.value).length
  return (
    // On a phone the filters fold behind one button (saying how many are set), so the results come
    // first; from `sm` up they are always shown (globals.css opens `details.filters` there).
    <details className="filters mt-6">
      <summary className="flex min-h-11 w-fit cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-4 text-sm font-semibold text-slate-800 sm:hidden">
        {t('filter')}
        {active > 0 && <span className="bg-brand-700 rounded-full px-2 text-xs text-white">{active}</span>}
      </summary>
      <form
        action={action}
        method="get"
        role="search"
        aria-label={t('filter')}
        className="mt-4 grid grid-cols-1 gap-4 sm:mt-0 sm:grid-cols-2 lg:grid-cols-4"
      >
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((field) =>
          field.kind === 'select' ? (
            <LabelledSelect
              key={field.name}
              id={`filter-${field.name}`}
              name={field.name}
              label={field.label}
              value={field.value}
              empty={t('any')}
              options={field.options}
            />
          ) : (
            <div key={field.name} className="flex min-w-0 flex-col gap-1">
              <label htmlFor={`filter-${field.name}`} className="text-sm font-medium text-slate-700">
                {field.label}
              </label>
              <input
                id={`filter-${field.name}`}
                type="search"
                name={field.name}
                defaultValue={field.value ?? ''}
                placeholder={field.hint}
                maxLength={100}
                className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
              />
            </div>
          ),
        )}
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-md px-4 py-2 font-medium text-white"
          >
            {t('apply')}
          </button>
          <a
            href={hidden ? `${action}?${new URLSearchParams(hidden)}` : action}
            className="hover:text-brand-700 inline-flex min-h-11 items-center text-sm text-slate-700 underline underline-offset-2"
          >
            {t('reset')}
          </a>
        </div>
      </form>
    </details>
  )
}
