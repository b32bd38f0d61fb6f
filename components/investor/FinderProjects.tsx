import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { ProjectCard } from '@/components/cards'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getProjectsPage } from '@/lib/portal/data'
import { sectionPath } from '@/lib/sections'

/** How many projects the finder shows before linking to the whole filtered list. */
const SHOWN = 6

/**
 * The finder's projects seeking investment for a firm's answers: the open projects of its industry,
 * and of the size it plans when it gave one (the projects list's own filters, so "see all" is that list).
 */
export async function FinderProjects({
  locale,
  industry,
  investment,
}: {
  locale: Locale
  industry: string
  investment?: string
}) {
  const filters = { industry, ...(investment && { size: investment }) }
  const [t, projects] = await Promise.all([getTranslations('Finder'), getProjectsPage(locale, filters, 1, SHOWN)])
  const all = `${sectionPath('projects')}?${new URLSearchParams(filters)}`
  return (
    <section aria-labelledby="projects" className="mt-10">
      <h2 id="projects" className="text-2xl font-bold text-slate-900">
        {t('projects')}{' '}
        <span className="text-base font-normal text-slate-600">{t('projectCount', { count: projects.total })}</span>
      </h2>
      <p className="mt-2 text-slate-700">{t(investment ? 'projectsWhySized' : 'projectsWhy')}</p>
      {projects.total === 0 && <p className="mt-4 text-slate-700">{t('noProjects')}</p>}
      <CardGrid>
        {projects.docs.map((project) => (
          <ProjectCard key={project.id} doc={project} locale={locale} />
        ))}
      </CardGrid>
      {projects.total > SHOWN && (
        <p className="mt-4">
          <Link href={all} className="text-brand-700 font-medium underline">
            {t('allProjects', { count: projects.total })}
          </Link>
        </p>
      )}
    </section>
  )
}
