import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/images/**' }],
  },
  poweredByHeader: false,
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
