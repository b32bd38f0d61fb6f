import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Chart } from '@/components/Chart'
import { EnquirySection } from '@/components/EnquirySection'
import { PageHeader } from '@/components/PageHeader'
import { Link } from '@/i18n/navigation'
import { getAftercareCounts } from '@/lib/portal/data'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { aftercareCategories, optionLabel } from '@/lib/schema/options'
import { aftercarePath, enquiryStatusPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

/** Cached for an hour: the chart's counts are as of the last render. */
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Aftercare' })
  return pageMetadata({ locale, path: aftercarePath(), title: t('title'), description: t('intro') })
}

/**
 * 已投资企业服务: an invested firm's request for help (the enquiry form as an aftercare request: a
 * problem category, handled as an enquiry is — reference, sector team, officer, due date, status
 * to look up), and this year's requests counted by problem.
 */
export default async function AftercarePage({ params }: Props) {
  const locale = await pageLocale(params)
  // The year in Beijing time.
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()))
  const [t, counts] = await Promise.all([getTranslations('Aftercare'), getAftercareCounts(year)])
  const points = counts
    .filter(({ count }) => count > 0)
    .map(({ category, count }) => ({ label: optionLabel(aftercareCategories, category, locale), value: count }))
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 pt-8 pb-12 lg:grid-cols-3">
        <div className="max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-8 lg:col-span-2">
          <EnquirySection locale={locale} path="/aftercare" aftercare title={t('formTitle')} />
        </div>
        <aside className="space-y-8">
          <section aria-labelledby="aftercare-steps">
            <h2 id="aftercare-steps" className="text-lg font-semibold text-slate-900">
              {t('steps')}
            </h2>
            <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm text-slate-700">
              <li>{t('step1')}</li>
              <li>{t('step2')}</li>
              <li>{t('step3')}</li>
            </ol>
            <p className="mt-4 text-sm">
              <Link href={enquiryStatusPath()} className="text-brand-700 font-medium underline">
                {t('statusLink')}
              </Link>
            </p>
          </section>
          <section aria-labelledby="aftercare-counts-title">
            {points.length > 0 ? (
              <Chart
                id="aftercare-counts"
                title={t('chartTitle', { year })}
                points={points}
                note={t('chartNote')}
                locale={locale}
              />
            ) : (
              <>
                <h2 id="aftercare-counts-title" className="text-lg font-semibold text-slate-900">
                  {t('chartTitle', { year })}
                </h2>
                <p className="mt-2 text-sm text-slate-700">{t('noCases', { year })}</p>
              </>
            )}
          </section>
        </aside>
      </div>
    </>
  )
}
