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
  // Next hashes the whole body of every cached page on every request to make an ETag: 16% of the
  // server's CPU under load (profiled with `npm run bench`). Pages carry `s-maxage` for a CDN or
  // proxy, which does its own validation; files under /_next/static and public/ keep theirs.
  generateEtags: false,
  experimental: {
    // Pages rendered at run time are cached in memory, not in .next/: a restart (e.g. after
    // `npm run seed` or a restore) never serves pages rendered from another database.
    isrFlushToDisk: false,
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

// Payload asks every route for the colour-scheme client hint (Critical-CH makes Chromium restart
// the navigation); only its admin uses it, so the portal's pages go without.
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders!()).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule))

export default config
