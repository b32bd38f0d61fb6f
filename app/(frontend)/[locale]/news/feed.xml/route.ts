import { atomRoute } from '@/lib/portal/feedRoutes'

/** Atom feed of news, announcements and notices, in the page's language. */
export const GET = atomRoute('news')
export const dynamic = 'force-dynamic'
