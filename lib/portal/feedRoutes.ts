import 'server-only'

import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { htmlLang, type Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import type { Event, News, Policy, Project } from '@/payload-types'
import { documentPath, sectionPath } from '@/lib/sections'

import { atomFeed } from './atom'
import { getFeedItems, getSiteSettings } from './data'
import { calendarEntry, icsCalendar } from './ics'
import { siteUrl } from './seo'

type Context = { params: Promise<{ locale: string }> }

/** The feeds of the portal's sections, per locale: their addresses and how they are linked. */
export const FEEDS = {
  news: { path: '/news/feed.xml', type: 'application/atom+xml' },
  policies: { path: '/policies/feed.xml', type: 'application/atom+xml' },
  projects: { path: '/projects/feed.xml', type: 'application/atom+xml' },
  events: { path: '/events/calendar.ics', type: 'text/calendar' },
} as const

/** `webcal://` for a calendar app to subscribe to (the same file over HTTP(S)). */
export const webcalUrl = (locale: Locale) => `${siteUrl()}/${locale}${FEEDS.events.path}`.replace(/^https?:/, 'webcal:')

const headers = (type: string) => ({
  'Content-Type': `${type}; charset=utf-8`,
  // Short: a publish shows up in a feed reader's next poll.
  'Cache-Control': 'public, max-age=300',
})

async function localeOf({ params }: Context) {
  const { locale } = await params
  return hasLocale(routing.locales, locale) ? locale : undefined
}

const NAMESPACES = { news: 'News', policies: 'Policies', projects: 'Projects' } as const

/** A feed's entry for one document: news by its date, policies and projects by their first publication. */
function entryOf(section: keyof typeof NAMESPACES, doc: News | Policy | Project, base: string, locale: Locale) {
  const common = {
    id: `${base}/${section}/${doc.id}`,
    title: doc.title,
    url: `${base}${documentPath(section, doc.slug, locale)}`,
    updated: doc.updatedAt,
    summary: doc.summary,
  }
  if (section === 'news') return { ...common, published: (doc as News).date, category: (doc as News).kind }
  if (section === 'policies') return { ...common, published: doc.createdAt, category: (doc as Policy).category }
  return { ...common, published: doc.createdAt, category: (doc as Project).county }
}

/** GET an Atom feed of news, of new and changed policies, or of open projects seeking investment. */
export const atomRoute = (section: keyof typeof NAMESPACES) =>
  async function GET(_request: Request, context: Context) {
    const locale = await localeOf(context)
    if (!locale) return new Response('Not found', { status: 404 })
    const [t, settings, docs] = await Promise.all([
      getTranslations({ locale, namespace: NAMESPACES[section] }),
      getSiteSettings(locale),
      getFeedItems(locale, section),
    ])
    const base = siteUrl()
    const entries = (docs as (News | Policy | Project)[]).map((doc) => entryOf(section, doc, base, locale))
    const body = atomFeed({
      id: `${base}/${locale}${FEEDS[section].path}`,
      title: `${t('title')} · ${settings.siteName}`,
      self: `${base}/${locale}${FEEDS[section].path}`,
      page: `${base}${sectionPath(section, locale)}`,
      lang: htmlLang[locale],
      author: settings.siteName,
      entries,
    })
    return new Response(body, { headers: headers(FEEDS[section].type) })
  }

/** GET the calendar of upcoming events: subscribe once, and published changes arrive by themselves. */
export async function calendarFeed(_request: Request, context: Context) {
  const locale = await localeOf(context)
  if (!locale) return new Response('Not found', { status: 404 })
  const [t, settings, docs] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    getSiteSettings(locale),
    getFeedItems(locale, 'events'),
  ])
  const base = siteUrl()
  const body = icsCalendar(
    (docs as Event[]).map((event) => calendarEntry(event, `${base}${documentPath('events', event.slug, locale)}`)),
    `${t('title')} · ${settings.siteName}`,
  )
  return new Response(body, {
    headers: { ...headers(FEEDS.events.type), 'Content-Disposition': 'inline; filename="events.ics"' },
  })
}
