import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

// Locale negotiation only. Access to content is decided by Payload's access functions.
export default createMiddleware(routing)

export const config = {
  // Leave Payload (admin, REST, GraphQL), Next internals and files alone.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
