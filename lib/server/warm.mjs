/**
 * Renders the important pages once after a start, so that the first visitors after a start or a
 * deploy are served from the page cache instead of waiting for a render (and for the modules a
 * render loads: the server loads them on first use, see next.config.ts). Important = the home page
 * in each language and the pages one level below it that it links to (the lists, search, contact),
 * found by following the links from `/`, so the list follows the portal's sections by itself.
 * Plain GETs to this server, one at a time; a page that fails is skipped.
 */
const PAGE = /^\/[a-z-]+(\/[a-z-]+)?$/

export async function warmPages(base, { max = 40 } = {}) {
  const started = Date.now()
  const seen = new Set()
  const queue = ['/']
  let warmed = 0
  while (queue.length && seen.size < max) {
    const path = queue.shift()
    if (seen.has(path)) continue
    seen.add(path)
    try {
      const response = await fetch(base + path, { redirect: 'manual', headers: { 'user-agent': 'portal-warmup' } })
      const location = response.headers.get('location')
      if (location) queue.unshift(new URL(location, base).pathname)
      if (!response.ok) continue
      warmed++
      const html = await response.text()
      for (const [, href] of html.matchAll(/href="(\/[^"?#]*)"/g))
        if (PAGE.test(href) && !seen.has(href)) queue.push(href)
    } catch {
      // The server is stopping, or the page failed: the next visitor renders it.
    }
  }
  return { warmed, ms: Date.now() - started }
}
