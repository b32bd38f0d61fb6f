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

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
