import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ChineseOnly, InChinese } from '@/components/ChineseOnly'
import { DetailPage } from '@/components/DetailPage'
import { FactList } from '@/components/FactList'
import { RichTextBlock } from '@/components/RichTextBlock'
import { ValidityBadge } from '@/components/ValidityBadge'
import { Link } from '@/i18n/navigation'
import { formatDate, formatDocumentNumber, formatFigure, formatList } from '@/lib/portal/format'
import { relativeUrl } from '@/lib/portal/media'
import {
  benefitTypes,
  counties,
  firmOrigins,
  firmSizes,
  optionLabel,
  policyCategories,
  projectTypes,
} from '@/lib/schema/options'
import { notFoundOrMoved } from '@/lib/portal/moved'
import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'
import { getPolicy } from '@/lib/portal/data'
import { pageMetadata } from '@/lib/portal/seo'
import type { Media } from '@/payload-types'
import { documentPath, finderPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600
export const generateStaticParams = noPrerender

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await getPolicy(locale, (await params).slug)
  if (!doc) return {}
  return pageMetadata({ locale, path: documentPath('policies', doc.slug), title: doc.title, description: doc.summary })
}

export default async function PolicyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const { doc: policy, fallback } = await getPolicy(locale, slug)
  if (!policy) return notFoundOrMoved('policies', locale, slug)
  const [t, tc, te, tf] = await Promise.all([
    getTranslations('Policies'),
    getTranslations('Common'),
    getTranslations('Eligibility'),
    getTranslations('Finder'),
  ])
  const eligibility = policy.eligibility ?? {}
  const parks = (eligibility.parks ?? []).filter((p) => typeof p === 'object')
  const industries = (policy.industries ?? []).filter((i) => typeof i === 'object')
  const attachments = (policy.attachments ?? []).filter((a): a is Media => typeof a === 'object' && Boolean(a.url))
  const facts: [string, React.ReactNode][] = [
    [t('documentNumber'), policy.documentNumber && formatDocumentNumber(policy.documentNumber, locale)],
    [
      t('issuer'),
      policy.issuer && (
        <ChineseOnly active={fallback.has('issuer')} as="span">
          {policy.issuer}
        </ChineseOnly>
      ),
    ],
    [t('category'), policy.category && optionLabel(policyCategories, policy.category, locale)],
    [
      t('effectiveDate'),
      policy.effectiveDate && <time dateTime={policy.effectiveDate}>{formatDate(policy.effectiveDate, locale)}</time>,
    ],
    [
      t('expiryDate'),
      policy.expiryDate ? (
        <time dateTime={policy.expiryDate}>{formatDate(policy.expiryDate, locale)}</time>
      ) : (
        t('openEnded')
      ),
    ],
    [
      t('firmOrigin'),
      formatList(
        (policy.firmOrigin ?? []).map((o) => optionLabel(firmOrigins, o, locale)),
        locale,
      ),
    ],
    [
      t('minimumInvestment'),
      policy.minimumInvestment != null && formatFigure(policy.minimumInvestment, 'yuan', null, locale),
    ],
    [
      te('firmSizes'),
      formatList(
        (eligibility.firmSizes ?? []).map((v) => optionLabel(firmSizes, v, locale)),
        locale,
      ),
    ],
    [
      te('projectTypes'),
      formatList(
        (eligibility.projectTypes ?? []).map((v) => optionLabel(projectTypes, v, locale)),
        locale,
      ),
    ],
    [te('minimumJobs'), eligibility.minimumJobs != null && te('jobs', { count: eligibility.minimumJobs })],
    [
      te('minimumRevenue'),
      eligibility.minimumRevenue != null && formatFigure(eligibility.minimumRevenue, 'yuan', null, locale),
    ],
    [
      te('parks'),
      parks.length > 0 && (
        <span className="flex flex-wrap gap-x-3">
          {parks.map((park) => (
            <Link key={park.id} href={documentPath('parks', park.slug)} className="text-brand-700 underline">
              {park.name}
            </Link>
          ))}
        </span>
      ),
    ],
    [
      te('counties'),
      formatList(
        (eligibility.counties ?? []).map((v) => optionLabel(counties, v, locale)),
        locale,
      ),
    ],
  ]

  return (
    <DetailPage
      section="policies"
      locale={locale}
      doc={policy}
      fallback={fallback}
      jsonLd={{
        legislationIdentifier: policy.documentNumber ?? undefined,
        legislationDate: policy.effectiveDate ?? undefined,
        expirationDate: policy.expiryDate ?? undefined,
        legislationPassedBy: policy.issuer ? { '@type': 'GovernmentOrganization', name: policy.issuer } : undefined,
        legislationJurisdiction: 'Ganzhou, Jiangxi, CN',
      }}
      header={
        <div className="mt-4">
          <ValidityBadge validity={policy.validity} />
        </div>
      }
      aside={
        <div>
          <FactList facts={facts}>
            {industries.length > 0 && (
              <div>
                <dt className="text-slate-600">{t('industry')}</dt>
                <dd className="flex flex-wrap gap-2 pt-1">
                  {industries.map((industry) => (
                    <Link
                      key={industry.id}
                      href={documentPath('industries', industry.slug)}
                      className="text-brand-700 underline"
                    >
                      {industry.name}
                    </Link>
                  ))}
                </dd>
              </div>
            )}
          </FactList>
          {policy.lastVerified && (
            <p className="mt-3 text-xs text-slate-600">
              {tc('lastVerified', { date: formatDate(policy.lastVerified, locale) })}
            </p>
          )}
        </div>
      }
    >
      <div className="space-y-8">
        {(policy.benefits ?? []).length > 0 && (
          <section aria-labelledby="benefits">
            <h2 id="benefits" className="text-xl font-bold text-slate-900">
              {t('benefits')}
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {(policy.benefits ?? []).map((benefit, i) => (
                <li key={benefit.id ?? i}>
                  {benefit.type && (
                    <span className="bg-brand-50 text-brand-900 mr-2 rounded px-1.5 py-0.5 text-sm font-medium">
                      {optionLabel(benefitTypes, benefit.type, locale)}
                    </span>
                  )}
                  <InChinese text={benefit.text} locale={locale} />
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">
              <Link href={finderPath()} className="text-brand-700 underline">
                {tf('link')}
              </Link>
            </p>
          </section>
        )}
        {policy.howToApply && (
          <section aria-labelledby="how-to-apply">
            <h2 id="how-to-apply" className="text-xl font-bold text-slate-900">
              {te('howToApply')}
            </h2>
            <p className="mt-3 whitespace-pre-line text-slate-800">{policy.howToApply}</p>
          </section>
        )}
        <section aria-labelledby="fulltext">
          <h2 id="fulltext" className="text-xl font-bold text-slate-900">
            {t('fullText')}
          </h2>
          <div className="mt-3">
            <ChineseOnly active={fallback.has('body')}>
              <RichTextBlock data={policy.body} />
            </ChineseOnly>
          </div>
        </section>
        {attachments.length > 0 && (
          <section aria-labelledby="attachments">
            <h2 id="attachments" className="text-xl font-bold text-slate-900">
              {t('attachments')}
            </h2>
            <ul className="mt-3 space-y-2">
              {attachments.map((file) => (
                <li key={file.id}>
                  <a href={relativeUrl(file.url!)} download className="text-brand-700 underline">
                    {file.alt || file.filename}
                  </a>{' '}
                  <span className="text-sm text-slate-600">
                    (PDF, {Math.max(1, Math.round((file.filesize ?? 0) / 1024))} KB)
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </DetailPage>
  )
}
