import { atomRoute } from '@/lib/portal/feedRoutes'

/** Atom feed of new and changed policies, in the page's language. */
export const GET = atomRoute('policies')
export const dynamic = 'force-dynamic'
