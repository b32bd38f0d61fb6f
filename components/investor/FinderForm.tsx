import { getTranslations } from 'next-intl/server'

import { LabelledSelect } from '@/components/LabelledSelect'
import type { Locale } from '@/i18n/locales'
import type { FinderAnswers } from '@/lib/portal/finderAnswers'
import {
  benefitTypes,
  firmSizes,
  investmentRanges,
  optionChoices,
  originCities,
  projectTypes,
} from '@/lib/schema/options'

type Choice = { value: string; label: string }

/** The finder's questions as a GET form: the answers are the URL, and it works without JavaScript. */
export async function FinderForm({
  locale,
  answers,
  industries,
}: {
  locale: Locale
  answers: FinderAnswers
  industries: Choice[]
}) {
  const t = await getTranslations('Finder')
  const selects: { name: keyof Omit<FinderAnswers, 'needs'>; options: Choice[] }[] = [
    { name: 'industry', options: industries },
    { name: 'size', options: optionChoices(firmSizes, locale) },
    { name: 'origin', options: optionChoices(originCities, locale) },
    { name: 'investment', options: optionChoices(investmentRanges, locale).filter((o) => o.value !== 'undecided') },
    { name: 'project', options: optionChoices(projectTypes, locale) },
  ]
  return (
    <form action={`/${locale}/finder`} method="get" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {selects.map(({ name, options }) => (
          <LabelledSelect
            key={name}
            id={`finder-${name}`}
            name={name}
            label={t(name)}
            value={answers[name]}
            empty={t('any')}
            options={options}
          />
        ))}
      </div>
      <fieldset className="mt-5">
        <legend className="text-sm font-medium text-slate-700">{t('needs')}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {optionChoices(benefitTypes, locale).map((option) => (
            <label key={option.value} className="inline-flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="need"
                value={option.value}
                defaultChecked={answers.needs.includes(option.value)}
                className="h-4 w-4"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-5 flex items-center gap-4">
        <button type="submit" className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-medium text-white">
          {t('submit')}
        </button>
        <a href={`/${locale}/finder`} className="hover:text-brand-700 text-sm text-slate-700 underline">
          {t('reset')}
        </a>
      </div>
    </form>
  )
}
