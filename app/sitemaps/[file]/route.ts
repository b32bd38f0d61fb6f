import { sitemapFile } from '@/lib/portal/sitemap'

/** One file of the sitemap index (/sitemaps/0.xml …), when the sitemap is too large for one file. */
// Read on request (the build needs no database); lib/portal/sitemap.ts keeps the list of URLs for 10 minutes.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file)
  const xml = match ? await sitemapFile(Number(match[1])) : null
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
