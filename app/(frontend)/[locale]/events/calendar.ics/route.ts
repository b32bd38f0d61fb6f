import { calendarFeed } from '@/lib/portal/feedRoutes'

/** The calendar of upcoming events (webcal-subscribable), in the page's language. */
export const GET = calendarFeed
export const dynamic = 'force-dynamic'
