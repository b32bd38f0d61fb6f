import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SampleBadge } from '@/components/cards'
import { DetailPage, DocumentBody } from '@/components/DetailPage'
import { FactList } from '@/components/FactList'
import { Link } from '@/i18n/navigation'
import { beijingDay, formatDate, formatFigure, formatList } from '@/lib/portal/format'
import { investmentBounds } from '@/lib/portal/finder'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { getProject } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'
import {
  cooperationModes,
  counties,
  investmentRanges,
  landStatuses,
  optionLabel,
  projectStages,
} from '@/lib/schema/options'
import { documentPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

// A project's "expired" notice depends on the date.
export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getProject(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({ locale, path: documentPath('projects', doc.slug), title: doc.title, description: doc.summary })
}

/** The investment range an amount falls in (the enquiry form's choices), for the pre-filled form. */
const rangeOf = (yuan: number | null | undefined) =>
  yuan == null
    ? undefined
    : investmentRanges.find(({ value }) => {
        const bounds = investmentBounds(value)
        return bounds && yuan >= bounds[0] && yuan < bounds[1]
      })?.value

export default async function ProjectPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: project, fallback } = await getProject(locale, slug)
  if (!project) return notFoundOrMoved('projects', locale, slug)
  const t = await getTranslations('Projects')
  const industry = typeof project.industry === 'object' ? project.industry : null
  const park = typeof project.park === 'object' ? project.park : null
  const team = typeof project.team === 'object' ? project.team : null
  const yuan = (value: number | null | undefined) => value != null && formatFigure(value, 'yuan', null, locale)
  const expired = project.validUntil != null && beijingDay(project.validUntil) < beijingDay(new Date().toISOString())
  const facts: [string, React.ReactNode][] = [
    [
      t('industry'),
      industry && (
        <Link href={documentPath('industries', industry.slug)} className="text-brand-700 underline">
          {industry.name}
        </Link>
      ),
    ],
    [t('county'), project.county && optionLabel(counties, project.county, locale)],
    [
      t('park'),
      park && (
        <Link href={documentPath('parks', park.slug)} className="text-brand-700 underline">
          {park.name}
        </Link>
      ),
    ],
    [t('total'), yuan(project.totalInvestment)],
    [t('sought'), yuan(project.investmentSought)],
    [
      t('mode'),
      formatList(
        (project.mode ?? []).map((mode) => optionLabel(cooperationModes, mode, locale)),
        locale,
      ),
    ],
    [t('stage'), project.stage && optionLabel(projectStages, project.stage, locale)],
    [t('land'), project.landStatus && optionLabel(landStatuses, project.landStatus, locale)],
    [t('approvals'), project.approvals],
    [t('team'), team?.name],
    [
      t('validUntil'),
      project.validUntil && (
        <time dateTime={beijingDay(project.validUntil)}>{formatDate(project.validUntil, locale)}</time>
      ),
    ],
  ]
  return (
    <DetailPage
      section="projects"
      locale={locale}
      doc={project}
      fallback={fallback}
      header={
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {project.sample && <SampleBadge label={t('sample')} />}
          <a
            href="#enquire"
            className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 font-medium text-white"
          >
            {t('enquire')}
          </a>
        </div>
      }
      aside={<FactList facts={facts} />}
      enquiry={{
        title: t('enquiryTitle'),
        prefill: {
          industry: industry?.slug ?? undefined,
          investment: rangeOf(project.investmentSought ?? project.totalInvestment),
          message: t('enquiryMessage', { title: project.title }),
        },
      }}
    >
      {project.sample && <p className="mb-6 rounded-md bg-amber-50 p-4 text-amber-900">{t('sampleNote')}</p>}
      {expired && project.validUntil && (
        <p role="status" className="mb-6 rounded-md bg-slate-100 p-4 text-slate-800">
          {t('expired', { date: formatDate(project.validUntil, locale) })}
        </p>
      )}
      <DocumentBody body={project.body} chineseOnly={fallback.has('body')} />
    </DetailPage>
  )
}
