import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { CardGrid } from '@/components/Card'
import { EventCard } from '@/components/cards'
import { FilterForm, selectFilter } from '@/components/FilterForm'
import { Pager } from '@/components/Pager'
import { ResultCount } from '@/components/ResultCount'
import { Link } from '@/i18n/navigation'
import { eventTypes, optionChoices } from '@/lib/schema/options'
import { getEvents, untranslated } from '@/lib/portal/data'
import { pageInRange } from '@/lib/portal/lists'
import { sectionPath } from '@/lib/sections'

export async function EventsList({
  locale,
  when,
  type,
  page,
}: {
  locale: Locale
  when: 'upcoming' | 'past'
  type?: string
  page: number
}) {
  const [t, events] = await Promise.all([
    getTranslations('Events'),
    getEvents(locale, { when, type }, page).then(pageInRange),
  ])
  const tab = (target: 'upcoming' | 'past') =>
    `rounded-t-md border-b-2 px-4 py-2 font-medium ${when === target ? 'border-brand-700 text-brand-700' : 'border-transparent text-slate-600 hover:text-brand-700'}`
  const missing = await untranslated('events', locale, events.docs)
  return (
    <>
      <nav aria-label={t('title')} className="mt-6 flex gap-2 border-b border-slate-200">
        <Link
          href={sectionPath('events')}
          className={tab('upcoming')}
          aria-current={when === 'upcoming' ? 'page' : undefined}
        >
          {t('upcoming')}
        </Link>
        <Link
          href={{ pathname: sectionPath('events'), query: { when: 'past' } }}
          className={tab('past')}
          aria-current={when === 'past' ? 'page' : undefined}
        >
          {t('past')}
        </Link>
      </nav>
      <FilterForm
        locale={locale}
        path={sectionPath('events')}
        hidden={when === 'past' ? { when: 'past' } : undefined}
        fields={[selectFilter('type', t('type'), type, optionChoices(eventTypes, locale))]}
      />
      <ResultCount list={events} empty={when === 'upcoming' ? t('noUpcoming') : undefined} />
      <CardGrid>
        {events.docs.map((event) => (
          <EventCard key={event.id} doc={event} locale={locale} heading="h2" missing={missing(event)} />
        ))}
      </CardGrid>
      <Pager
        page={events.page}
        pages={events.pages}
        pathname={sectionPath('events')}
        query={{ when: when === 'past' ? 'past' : undefined, type }}
      />
    </>
  )
}
