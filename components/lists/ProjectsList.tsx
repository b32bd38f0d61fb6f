import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { ProjectCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { cooperationModes, counties, investmentRanges, optionChoices } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'
import { getIndustryChoices, getProjectsPage, type ProjectFilters, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'

/** The projects seeking investment that are still open, largest first, with their filters. */
export async function ProjectsList({
  locale,
  filters,
  page,
}: {
  locale: Locale
  filters: ProjectFilters
  page: number
}) {
  const [t, projects, industries] = await Promise.all([
    getTranslations('Projects'),
    getProjectsPage(locale, filters, page).then(pageInRange),
    getIndustryChoices(locale),
  ])
  const missing = await untranslated('projects', locale, projects.docs)
  // A project's size is its total investment: every range but "not decided".
  const sizes = optionChoices(investmentRanges, locale).filter((choice) => choice.value !== 'undecided')
  return (
    <>
      <FilterForm
        locale={locale}
        path={sectionPath('projects')}
        fields={[
          selectFilter('industry', t('industry'), filters.industry, industries),
          selectFilter('county', t('county'), filters.county, optionChoices(counties, locale)),
          selectFilter('size', t('size'), filters.size, sizes),
          selectFilter('mode', t('mode'), filters.mode, optionChoices(cooperationModes, locale)),
        ]}
      />
      <ResultCount list={projects} />
      {projects.docs.length === 0 && <p className="mt-6 text-slate-700">{t('none')}</p>}
      <CardGrid>
        {projects.docs.map((project) => (
          <ProjectCard key={project.id} doc={project} locale={locale} heading="h2" missing={missing(project)} />
        ))}
      </CardGrid>
      <Pager page={projects.page} pages={projects.pages} pathname={sectionPath('projects')} query={filters} />
    </>
  )
}
