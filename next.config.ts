import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  images: {
    // Fewer widths than Next's 16 defaults: the uploads come in at most 1600 px, and every width is
    // one more URL in each image's srcset (twice per page: in the HTML and in the RSC payload).
    deviceSizes: [640, 828, 1200, 1920],
    imageSizes: [256, 384],
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/images/**' }],
  },
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` before its production build (scripts/e2e.mjs); every other build
  // checks the types itself.
  typescript: { ignoreBuildErrors: process.env.PORTAL_BUILD_SKIP_TYPECHECK === '1' },
  // Next hashes the whole body of every cached page on every request to make an ETag: 16% of the
  // server's CPU under load (profiled with `npm run bench`). Pages carry `s-maxage` for a CDN or
  // proxy, which does its own validation; files under /_next/static and public/ keep theirs.
  generateEtags: false,
  // The production server (server.mjs) compresses: it must see each page whole to hash its scripts.
  compress: false,
  // The page cache (in memory, see isrFlushToDisk): room for a few thousand pages; the least recently
  // used go first, so filtered lists and searches with made-up queries cannot exhaust memory.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Several instances: the cache in Redis, so that a publish on one is seen on all (read when the
  // server starts, not at build: the same build runs with or without REDIS_URL).
  cacheHandler: process.env.REDIS_URL ? path.resolve(import.meta.dirname, 'lib/server/cacheHandler.mjs') : undefined,
  experimental: {
    // Pages rendered at run time are cached in memory, not in .next/: a restart (e.g. after
    // `npm run seed` or a restore) never serves pages rendered from another database.
    isrFlushToDisk: false,
    // Each route's modules load on its first request, not all at start: a fresh server holds 125 MB
    // instead of 200 MB, and 283 MB instead of 343 MB once the portal's pages have been rendered,
    // because the admin's modules load only when someone opens it (measured on the seeded
    // database). server.mjs renders the important pages right after the start (lib/server/warm.mjs).
    preloadEntriesOnStart: false,
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/** On every response. The portal pages' Content-Security-Policy is set by server.mjs (script hashes). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  // Framed only by this origin (the admin's live preview frames the portal).
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

/** The admin: a Next.js app of Payload's whose scripts we do not control, so inline scripts stay allowed; nothing from other origins. */
const adminCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

// Payload asks every route for the colour-scheme client hint (Critical-CH makes Chromium restart
// the navigation); only its admin uses it, so the portal's pages go without.
const payloadHeaders = config.headers
config.headers = async () => [
  ...(await payloadHeaders!()).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
  { source: '/:path*', headers: securityHeaders },
  { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminCsp }] },
]

export default config
