import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Card } from '@/components/Card'
import { ChineseOnly } from '@/components/ChineseOnly'
import { EventTime } from '@/components/EventTime'
import { ValidityBadge } from '@/components/ValidityBadge'
import { defaultLocale, htmlLang, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { beijingDay, formatArea, formatDate, formatDocumentNumber, formatFigure, formatList } from '@/lib/portal/format'
import {
  cooperationModes,
  counties,
  newsKinds,
  optionLabel,
  originCities,
  pageKinds,
  parkLevels,
  policyCategories,
} from '@/lib/schema/options'
import { shownFact } from '@/lib/portal/samples'
import { documentPath } from '@/lib/sections'
import type {
  CaseCardDoc,
  EventCardDoc,
  NewsCardDoc,
  PageCardDoc,
  ParkCardDoc,
  PolicyCardDoc,
  ProjectCardDoc,
} from '@/lib/portal/cardFields'

/**
 * The one card of each kind of document, used by its list, the home page and the related-document
 * grids. `missing` names the fields an English page shows in Chinese (lists know it; see `untranslated`).
 */
type CardProps<T> = { doc: T; locale: Locale; heading?: 'h2' | 'h3'; missing?: ReadonlySet<string> }

const none = new Set<string>()

const marked = (text: string | null | undefined, active: boolean, as: 'span' | 'div') =>
  text ? (
    <ChineseOnly active={active} as={as}>
      {text}
    </ChineseOnly>
  ) : undefined

export function ParkCard({
  doc: park,
  locale,
  heading,
  missing = none,
  footer,
}: CardProps<ParkCardDoc> & { footer?: ReactNode }) {
  const planned = formatArea(park.plannedArea, locale)
  const floor = formatArea(park.builtArea, locale)
  return (
    <Card
      heading={heading}
      href={documentPath('parks', park.slug)}
      title={marked(park.name, missing.has('name'), 'span')}
      image={park.heroImage}
      meta={[
        park.county && optionLabel(counties, park.county, locale),
        shownFact(park, 'level', park.level && optionLabel(parkLevels, park.level, locale), locale),
        // Planned (land) area, else the floor area, named as such: the two are not comparable.
        shownFact(park, 'area', planned ?? (floor && `${messages[locale].Parks.builtArea} ${floor}`), locale),
      ]
        .filter(Boolean)
        .join(' · ')}
      summary={marked(park.summary, missing.has('summary'), 'div')}
      footer={footer}
    />
  )
}

export function PolicyCard({ doc: policy, locale, heading, missing = none }: CardProps<PolicyCardDoc>) {
  return (
    <Card
      heading={heading}
      href={documentPath('policies', policy.slug)}
      title={marked(policy.title, missing.has('title'), 'span')}
      badge={<ValidityBadge validity={policy.validity} />}
      meta={[
        policy.documentNumber && formatDocumentNumber(policy.documentNumber, locale),
        policy.issuer,
        policy.category && optionLabel(policyCategories, policy.category, locale),
      ]
        .filter(Boolean)
        .join(' · ')}
      summary={marked(policy.summary, missing.has('summary'), 'div')}
    />
  )
}

export function EventCard({ doc: event, locale, heading, missing = none }: CardProps<EventCardDoc>) {
  return (
    <Card
      heading={heading}
      href={documentPath('events', event.slug)}
      title={marked(event.title, missing.has('title'), 'span')}
      image={event.cover}
      meta={
        <>
          <EventTime at={event.startsAt} dateOnly={event.dateOnly} locale={locale} />
          {event.city && (
            <>
              {' · '}
              <span lang={missing.has('city') ? htmlLang[defaultLocale] : undefined}>{event.city}</span>
            </>
          )}
        </>
      }
      summary={marked(event.summary, missing.has('summary'), 'div')}
    />
  )
}

export async function CaseCard({ doc: item, locale, heading, missing = none }: CardProps<CaseCardDoc>) {
  const t = await getTranslations('Cases')
  return (
    <Card
      heading={heading}
      href={documentPath('cases', item.slug)}
      title={marked(item.companyName, missing.has('companyName'), 'span')}
      image={item.logo}
      meta={[
        item.originCity &&
          `${t('origin')}: ${shownFact(item, 'origin', optionLabel(originCities, item.originCity, locale), locale)}`,
        typeof item.industry === 'object' && shownFact(item, 'industry', item.industry?.name, locale),
        item.investmentAmount != null && formatFigure(item.investmentAmount, 'yuan', null, locale),
        item.investmentYear,
      ]
        .filter(Boolean)
        .join(' · ')}
      summary={marked(item.summary, missing.has('summary'), 'div')}
    />
  )
}

export function NewsCard({ doc: item, locale, heading, missing = none }: CardProps<NewsCardDoc>) {
  return (
    <Card
      heading={heading}
      href={documentPath('news', item.slug)}
      title={marked(item.title, missing.has('title'), 'span')}
      image={item.cover}
      meta={
        <>
          {optionLabel(newsKinds, item.kind, locale)} ·{' '}
          <time dateTime={beijingDay(item.date)}>{formatDate(item.date, locale)}</time>
        </>
      }
      summary={marked(item.summary, missing.has('summary'), 'div')}
    />
  )
}

export function PageCard({ doc: page, locale, heading, missing = none }: CardProps<PageCardDoc>) {
  return (
    <Card
      heading={heading}
      href={documentPath('pages', page.slug)}
      title={marked(page.title, missing.has('title'), 'span')}
      meta={optionLabel(pageKinds, page.kind, locale)}
      summary={marked(page.summary, missing.has('summary'), 'div')}
    />
  )
}

/** A "sample" mark on a document that is not a real one (a sample project), in the page's language. */
export function SampleBadge({ label }: { label: string }) {
  return (
    <span className="inline-block w-fit rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30">
      {label}
    </span>
  )
}

export async function ProjectCard({ doc: project, locale, heading, missing = none }: CardProps<ProjectCardDoc>) {
  const t = await getTranslations('Projects')
  return (
    <Card
      heading={heading}
      href={documentPath('projects', project.slug)}
      title={marked(project.title, missing.has('title'), 'span')}
      badge={project.sample ? <SampleBadge label={t('sample')} /> : undefined}
      meta={[
        project.county && optionLabel(counties, project.county, locale),
        typeof project.industry === 'object' && project.industry?.name,
        `${t('total')} ${formatFigure(project.totalInvestment, 'yuan', null, locale)}`,
        formatList(
          (project.mode ?? []).map((mode) => optionLabel(cooperationModes, mode, locale)),
          locale,
        ),
      ]
        .filter(Boolean)
        .join(' · ')}
      summary={marked(project.summary, missing.has('summary'), 'div')}
    />
  )
}
