import { sitemapRoot } from '@/lib/portal/sitemap'

// Read on request (the build needs no database); lib/portal/sitemap.ts keeps the list of URLs for 10 minutes.
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(await sitemapRoot(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
