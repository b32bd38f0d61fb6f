import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { Link } from '@/i18n/navigation'
import { getPages } from '@/lib/portal/data'
import { pageLocale } from '@/lib/portal/pageLocale'
import { sectionTitles } from '@/lib/portal/sectionTitles'
import { pageMetadata } from '@/lib/portal/seo'
import {
  aftercarePath,
  comparePath,
  dataPath,
  documentPath,
  finderPath,
  navSections,
  sectionPath,
  setupPath,
  siteMapPath,
} from '@/lib/sections'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'SiteMap' })
  return pageMetadata({ locale, path: siteMapPath(), title: t('title'), description: t('intro') })
}

type Group = { title: string; href?: string; links: { href: string; label: string }[] }

/** 网站地图: the sections, the investor tools and every fixed page, as plain links. */
export default async function SiteMapPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, titles, pages] = await Promise.all([getTranslations('SiteMap'), sectionTitles(locale), getPages(locale)])
  const groups: Group[] = [
    {
      title: t('home'),
      href: '/',
      links: navSections.map((section) => ({ href: sectionPath(section), label: titles[section] })),
    },
    {
      title: t('tools'),
      links: [
        { href: finderPath(), label: t('finder') },
        { href: comparePath(), label: t('compare') },
        { href: '/search', label: t('search') },
        { href: '/contact', label: t('contact') },
        { href: setupPath(), label: t('setupGuide') },
        { href: aftercarePath(), label: t('aftercare') },
        { href: dataPath(), label: t('openData') },
      ],
    },
    {
      title: titles.pages,
      href: sectionPath('pages'),
      links: pages.map((page) => ({ href: documentPath('pages', page.slug), label: page.title })),
    },
  ]
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} crumbs={[{ label: t('title') }]} />
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h2 className="text-lg font-semibold text-slate-900">
              {group.href ? (
                <Link href={group.href} className="hover:text-brand-700 underline">
                  {group.title}
                </Link>
              ) : (
                group.title
              )}
            </h2>
            <ul className="mt-3 space-y-2">
              {group.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-brand-700 underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}
