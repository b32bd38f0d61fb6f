/**
 * NEXT_PUBLIC_SERVER_URL, read at run time: bracket access is not inlined by `next build`, so one
 * build serves whatever origin it is started with (Payload's serverURL and CSRF list included).
 */
const SERVER_URL_VAR = 'NEXT_PUBLIC_SERVER_URL'

/** The configured public origin, or '' when none is set. */
export const configuredServerUrl = () => (process.env[SERVER_URL_VAR] || '').replace(/\/$/, '')

/** The public origin, defaulting to the development server. */
export const siteUrl = () => configuredServerUrl() || 'http://localhost:3000'
