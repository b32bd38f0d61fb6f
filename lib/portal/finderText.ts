import { createTranslator } from 'next-intl'

import { htmlLang, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import {
  benefitTypes,
  counties,
  firmOrigins,
  firmSizes,
  investmentRanges,
  type Option,
  optionLabel,
  originCities,
  projectTypes,
  siteKinds,
} from '@/lib/schema/options'

import type { Check, Reason } from './finder'
import { formatDate, formatFigure } from './format'

/** Names the finder's results refer to by value: industries and parks by slug. */
export type FinderNames = { industries: Record<string, string>; parks: Record<string, string> }

/**
 * The finder's reasons and checks as sentences in the reader's language: "Industry: Electronic
 * information (your answer)" / "产业：电子信息（与您的回答相符）". Pure, tested in both locales.
 */
export function finderText(locale: Locale, names: FinderNames) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Finder' })
  const label = (list: Option[], value: string) => optionLabel(list, value, locale)
  const or = (values: string[]) => new Intl.ListFormat(htmlLang[locale], { type: 'disjunction' }).format(values)
  const money = (yuan: number) => formatFigure(yuan, 'yuan', null, locale)
  const industry = (slug: string) => names.industries[slug] ?? slug

  const reason = (r: Reason): string => {
    switch (r.kind) {
      case 'industry':
        return t('reason.industry', { value: industry(r.answer) })
      case 'size':
        return t('reason.size', { value: label(firmSizes, r.answer) })
      case 'origin':
        return t('reason.origin', { value: label(originCities, r.answer) })
      case 'investment':
        return t('reason.investment', { minimum: money(r.minimum), value: label(investmentRanges, r.answer) })
      case 'project':
        return t('reason.project', { value: label(projectTypes, r.answer) })
      case 'need':
        return t('reason.need', { value: label(benefitTypes, r.answer) })
      case 'site':
        return t('reason.site', { value: label(siteKinds, r.answer) })
    }
  }

  const check = (c: Check): string => {
    switch (c.kind) {
      case 'industry':
        return t('check.industry', { list: or(c.required.map(industry)) })
      case 'size':
        return t('check.size', { list: or(c.required.map((v) => label(firmSizes, v))) })
      case 'origin':
        return t('check.origin', { list: or(c.required.map((v) => label(firmOrigins, v))) })
      case 'investment':
        return t('check.investment', { minimum: money(c.minimum) })
      case 'project':
        return t('check.project', { list: or(c.required.map((v) => label(projectTypes, v))) })
      case 'jobs':
        return t('check.jobs', { count: c.minimum })
      case 'revenue':
        return t('check.revenue', { amount: money(c.minimum) })
      case 'place':
        return t('check.place', {
          list: or([...c.parks.map((slug) => names.parks[slug] ?? slug), ...c.counties.map((v) => label(counties, v))]),
        })
      case 'notYet':
        return t('check.notYet', { date: formatDate(c.date, locale) })
    }
  }

  return { reason, check }
}
