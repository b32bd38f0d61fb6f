import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import { calendarEntry, icsEvent } from '@/lib/portal/ics'
import { getEvent } from '@/lib/portal/data'
import { siteUrl } from '@/lib/portal/seo'
import { documentPath } from '@/lib/sections'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** "Add to calendar": the event as an .ics file, in the page's language. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 })
  const { doc: event } = await getEvent(locale, slug)
  if (!event) return new Response('Not found', { status: 404 })
  const body = icsEvent(calendarEntry(event, `${siteUrl()}${documentPath('events', event.slug, locale)}`))
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
