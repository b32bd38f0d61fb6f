import { atomRoute } from '@/lib/portal/feedRoutes'

/** Atom feed of open projects seeking investment, newest first, in the page's language. */
export const GET = atomRoute('projects')
export const dynamic = 'force-dynamic'
