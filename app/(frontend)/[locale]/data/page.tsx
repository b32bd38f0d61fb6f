import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { datasetNames } from '@/lib/openData/datasets'
import { describe, downloadName, FORMATS, getDataset } from '@/lib/openData/files'
import { getSiteSettings } from '@/lib/portal/data'
import { formatDate } from '@/lib/portal/format'
import { pageLocale } from '@/lib/portal/pageLocale'
import { pageMetadata } from '@/lib/portal/seo'
import { dataPath } from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'OpenData' })
  return pageMetadata({ locale, path: dataPath(), title: t('title'), description: t('intro') })
}

/** 开放数据: each dataset with its size, last change, CSV and JSON files, and its data dictionary. */
export default async function OpenDataPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, settings, datasets] = await Promise.all([
    getTranslations('OpenData'),
    getSiteSettings(locale),
    Promise.all(datasetNames.map((name) => getDataset(locale, name))),
  ])
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto max-w-6xl space-y-8 px-4 pt-8 pb-12">
        <section aria-labelledby="licence" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
          <h2 id="licence" className="text-lg font-semibold text-slate-900">
            {t('licence')}
          </h2>
          <p className="mt-1 text-slate-700">{settings.dataLicence || t('noLicence')}</p>
          <p className="mt-2 text-sm text-slate-600">{t('samples')}</p>
        </section>
        {datasets.map((dataset) => (
          <section key={dataset.name} aria-labelledby={`data-${dataset.name}`}>
            <h2 id={`data-${dataset.name}`} className="text-2xl font-bold text-slate-900">
              {t(`datasets.${dataset.name}`)}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {t('count', { count: dataset.rows.length })} ·{' '}
              {dataset.lastChange ? t('lastChange', { date: formatDate(dataset.lastChange, locale) }) : t('noChange')}
            </p>
            <ul className="mt-3 flex flex-wrap gap-3" aria-label={t('download')}>
              {FORMATS.map((format) => (
                <li key={format}>
                  <a
                    href={`/${locale}/data/${dataset.name}.${format}`}
                    download={downloadName(dataset.name, locale, format)}
                    className="border-brand-700 text-brand-800 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-md border px-4 font-medium"
                  >
                    {t('download')} {t(format)}
                  </a>
                </li>
              ))}
            </ul>
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-800">{t('dictionary')}</summary>
              <div className="overflow-x-auto">
                <table className="mt-2 w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-2 pr-4">
                        {t('field')}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t('kind')}
                      </th>
                      <th scope="col" className="py-2">
                        {t('description')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dataset.columns.map((column) => (
                      <tr key={column.key} className="border-b border-slate-200 align-top">
                        <th scope="row" className="py-2 pr-4 font-mono font-normal">
                          {column.key}
                        </th>
                        <td className="py-2 pr-4">{t(`kinds.${column.kind}`)}</td>
                        <td className="py-2">{describe(locale, dataset.name, column.key)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
        ))}
      </div>
    </>
  )
}
