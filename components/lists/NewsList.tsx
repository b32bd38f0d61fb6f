import { getTranslations } from 'next-intl/server'

import { CardGrid } from '@/components/Card'
import { NewsCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { getNewsPage, type NewsFilters, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'
import { newsKinds, optionChoices } from '@/lib/schema/options'
import { sectionPath } from '@/lib/sections'

export async function NewsList({ locale, filters, page }: { locale: Locale; filters: NewsFilters; page: number }) {
  const [t, news] = await Promise.all([getTranslations('News'), getNewsPage(locale, filters, page).then(pageInRange)])
  const missing = await untranslated('news', locale, news.docs)
  return (
    <>
      <FilterForm
        locale={locale}
        path={sectionPath('news')}
        fields={[selectFilter('kind', t('kind'), filters.kind, optionChoices(newsKinds, locale))]}
      />
      <ResultCount list={news} />
      <CardGrid>
        {news.docs.map((item) => (
          <NewsCard key={item.id} doc={item} locale={locale} heading="h2" missing={missing(item)} />
        ))}
      </CardGrid>
      <Pager page={news.page} pages={news.pages} pathname={sectionPath('news')} query={filters} />
    </>
  )
}
