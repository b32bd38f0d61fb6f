/**
 * NEXT_PUBLIC_SERVER_URL, read at run time, so one build serves whatever origin it is started with
 * (canonical links, sitemaps, robots.txt, Payload's serverURL and CSRF list). `next build` inlines
 * `process.env.NEXT_PUBLIC_…` and even `process.env['NEXT_PUBLIC_…']` (a constant key: it did, and
 * every page named the build's origin); a name assembled at run time it cannot see.
 * tests/e2e builds for another origin than it runs with, and checks the sitemap and robots.txt.
 */
const SERVER_URL_VAR = ['NEXT', 'PUBLIC', 'SERVER', 'URL'].join('_')

/** The configured public origin, or '' when none is set. */
export const configuredServerUrl = () => (process.env[SERVER_URL_VAR] || '').replace(/\/$/, '')

/** The public origin, defaulting to the development server. */
export const siteUrl = () => configuredServerUrl() || 'http://localhost:3000'
