import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'
import { FILTER_KEYS, isFilterSection } from './lib/filters'

const intl = createMiddleware(routing)

/**
 * Locale negotiation (next-intl), plus one rewrite: a list URL with filters in its query
 * (/zh/parks?county=nankang) is served by the dynamic results route, so the plain list stays
 * static. Access to content is decided by Payload's access functions, never here.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const match = /^\/(zh|en)\/(parks|policies|events|cases)\/?$/.exec(pathname)
  if (match && isFilterSection(match[2]!)) {
    const keys: readonly string[] = FILTER_KEYS[match[2]]
    if ([...searchParams.keys()].some((key) => keys.includes(key))) {
      const url = request.nextUrl.clone()
      url.pathname = `/${match[1]}/results/${match[2]}`
      return NextResponse.rewrite(url)
    }
  }
  return intl(request)
}

export const config = {
  // Leave Payload (admin, REST, GraphQL), Next internals and files alone.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
