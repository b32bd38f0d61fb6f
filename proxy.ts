import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'
import { defaultLocale, locales } from './i18n/locales'
import { localeFromAcceptLanguage } from './i18n/negotiate'
import { canonicalQuery, listKeys, SEARCH_KEYS } from './lib/portal/filters'
import { isFilterSection } from './lib/sections'
import { compareQuery, finderQuery } from './lib/portal/toolQueries'

// Our pages write their own hreflang links (lib/portal/seo.ts), so next-intl adds no Link header.
const intl = createMiddleware({ ...routing, alternateLinks: false })

/** A list page under a locale: `/zh/parks`. */
const LIST = new RegExp(`^/(${locales.join('|')})/([a-z-]+)/?$`)
/** The investor tools that read a query: `/zh/finder`, `/zh/parks/compare`. */
const TOOL = new RegExp(`^/(${locales.join('|')})/(finder|parks/compare)/?$`)

/**
 * Runs only where it has work (see `config.matcher`): it sends `/` and unprefixed paths to the
 * visitor's language (cookie, then Accept-Language), and rewrites a list URL with filters or a page number
 * in its query (/zh/parks?county=nankang, /zh/parks?page=2) and a search (/zh/search?q=园区) to a
 * route that holds the cleaned-up query in its path (lib/portal/filters.ts), so that every such
 * page is cached like the plain ones; the finder's answers and the parks compared likewise
 * (lib/portal/toolQueries.ts).
 * Pages under /zh and /en are otherwise served straight from the cache, with no cookie set.
 * Access to content is decided by Payload's access functions, never here.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return chineseAdminByDefault(request)
  const list = LIST.exec(pathname)
  if (list && (isFilterSection(list[2]) || list[2] === 'search')) {
    const [, locale, section] = list
    const query = canonicalQuery(section === 'search' ? SEARCH_KEYS : listKeys(section), searchParams)
    // Nothing left that changes the page (`?page=1`, empty filters, a search without words).
    if (!query || (section === 'search' && !new URLSearchParams(query).get('q'))) return NextResponse.next()
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}/${section === 'search' ? 'search' : `results/${section}`}/${encodeURIComponent(query)}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  const tool = TOOL.exec(pathname)
  if (tool) {
    const [, locale, name] = tool
    const query = name === 'finder' ? finderQuery(searchParams) : compareQuery(searchParams)
    if (!query) return NextResponse.next()
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}/${name}/${encodeURIComponent(query)}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  return intl(withOurLanguageChoice(request))
}

/**
 * The request next-intl sees: with no language chosen before (its cookie), the Accept-Language
 * header reduced to the language we read in it (i18n/negotiate.ts), so that next-intl's own
 * matching, which weighs the whole list, cannot pick another.
 */
function withOurLanguageChoice(request: NextRequest) {
  if (request.cookies.has('NEXT_LOCALE')) return request
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'))
  if (!locale) return request
  const headers = new Headers(request.headers)
  headers.set('accept-language', locale)
  return new NextRequest(request, { headers })
}

/**
 * The admin speaks Chinese to someone who has not chosen a language yet, whatever the browser's
 * language; each person can switch to English in their account settings (Payload keeps the choice
 * in the `payload-lng` cookie). Runs only while that cookie is missing (see `config.matcher`).
 */
function chineseAdminByDefault(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set(
    'cookie',
    [request.headers.get('cookie'), `${ADMIN_LANGUAGE_COOKIE}=${defaultLocale}`].filter(Boolean).join('; '),
  )
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, defaultLocale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  return response
}

const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

export const config = {
  // Must be literal (Next reads it at build time); tests/int/proxy.int.spec.ts checks it against the
  // locales and each section's filters (lib/sections.ts).
  matcher: [
    // `/` and paths without a locale prefix; never Payload (admin, REST, GraphQL), the preview routes
    // (/next/preview), Next internals or files.
    '/((?!api|admin|next/|_next|_vercel|zh(?:/|$)|zh-hant(?:/|$)|en(?:/|$)|.*\\..*).*)',
    // The admin only until its language cookie is set.
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
    // Lists only when their query holds a filter or a page number: the plain list is served
    // straight from the cache.
    { source: '/:locale(zh|zh-hant|en)/parks', has: [{ type: 'query', key: 'industry' }] },
    { source: '/:locale(zh|zh-hant|en)/parks', has: [{ type: 'query', key: 'county' }] },
    { source: '/:locale(zh|zh-hant|en)/parks', has: [{ type: 'query', key: 'level' }] },
    { source: '/:locale(zh|zh-hant|en)/parks', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'q' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'benefit' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'industry' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'origin' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'size' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'status' }] },
    { source: '/:locale(zh|zh-hant|en)/policies', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/events', has: [{ type: 'query', key: 'when' }] },
    { source: '/:locale(zh|zh-hant|en)/events', has: [{ type: 'query', key: 'type' }] },
    { source: '/:locale(zh|zh-hant|en)/events', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/cases', has: [{ type: 'query', key: 'origin' }] },
    { source: '/:locale(zh|zh-hant|en)/cases', has: [{ type: 'query', key: 'industry' }] },
    { source: '/:locale(zh|zh-hant|en)/cases', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/projects', has: [{ type: 'query', key: 'industry' }] },
    { source: '/:locale(zh|zh-hant|en)/projects', has: [{ type: 'query', key: 'county' }] },
    { source: '/:locale(zh|zh-hant|en)/projects', has: [{ type: 'query', key: 'size' }] },
    { source: '/:locale(zh|zh-hant|en)/projects', has: [{ type: 'query', key: 'mode' }] },
    { source: '/:locale(zh|zh-hant|en)/projects', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/news', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:locale(zh|zh-hant|en)/news', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|zh-hant|en)/search', has: [{ type: 'query', key: 'q' }] },
    // The investor tools only when their query holds an answer or a park.
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'industry' }] },
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'size' }] },
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'origin' }] },
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'investment' }] },
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'project' }] },
    { source: '/:locale(zh|zh-hant|en)/finder', has: [{ type: 'query', key: 'need' }] },
    { source: '/:locale(zh|zh-hant|en)/parks/compare', has: [{ type: 'query', key: 'parks' }] },
  ],
}
