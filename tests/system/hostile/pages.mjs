/** Hostile page requests and portal/admin POSTs with and without a Next-Action header. */
import { multipart, queryString } from './rest.mjs'
import { SECTIONS } from './tables.mjs'
import { enc, jsonValue, scalar } from './values.mjs'

/** Page URLs: sections, slugs, filters, search, feeds, images, preview, admin. */
export function pageRequest(r) {
  const locale = r.pick(['zh', 'en', 'zh-hant', 'xx', 'ZH', ''])
  const section = r.pick(SECTIONS)
  const slug = r.chance(0.3) ? r.pick(['a', 'ganzhou-etdz', '..', '%2e%2e']) : enc(scalar(r)).slice(0, 300)
  const paths = [
    `/${locale}`,
    `/${locale}/${section}`,
    `/${locale}/${section}/${slug}`,
    `/${locale}/${section}${queryString(r)}`,
    `/${locale}/search?q=${enc(scalar(r))}&section=${enc(scalar(r))}&page=${enc(scalar(r))}`,
    `/${locale}/results/${section}/${enc(scalar(r))}`,
    `/${locale}/parks/compare?parks=${enc(scalar(r))}`,
    `/${locale}/finder?${enc(r.pick(['industry', 'county', 'size', 'x']))}=${enc(scalar(r))}`,
    `/${locale}/events/${slug}/cancel?token=${enc(scalar(r))}`,
    `/${locale}/events/${slug}/calendar.ics`,
    `/${locale}/news/feed.xml?${enc(scalar(r))}`,
    `/_next/image?url=${enc(r.pick(['/og-default.png', '/api/media/file/x.png', 'http://evil.test/x.png', scalar(r)]))}&w=${enc(scalar(r))}&q=${enc(scalar(r))}`,
    `/next/preview?${queryString(r).slice(1)}&path=${enc(scalar(r))}`,
    '/next/exit-preview',
    `/admin/${r.pick(['collections/parks/' + enc(scalar(r)), 'globals/' + enc(scalar(r)), 'login?redirect=' + enc(scalar(r)), enc(scalar(r))])}`,
    `/sitemap.xml`,
    `/${enc(scalar(r))}`,
  ]
  return {
    cls: 'page',
    method: r.pick(['GET', 'GET', 'GET', 'HEAD']),
    path: r.pick(paths),
    headers: { 'accept-language': r.pick(['zh-CN', 'en', 'zh-HK', '*', '']) },
  }
}

/** React's reply encoding, with the references a forged body can carry. */
function actionBody(r) {
  const reference = () =>
    r.pick(['$F1', '$Q2', '$W3', '$D2026', '$T', '$K1', '$@1', '$n1', '$B1', '$S1', '$h1', '$1', '$', '$$'])
  const item = () => (r.chance(0.5) ? reference() : jsonValue(r, 2))
  switch (r.int(0, 5)) {
    case 0:
      return JSON.stringify(Array.from({ length: r.int(0, 4) }, item))
    case 1: {
      const depth = r.int(100, 5000)
      return '['.repeat(depth) + ']'.repeat(depth)
    }
    case 2:
      return JSON.stringify(jsonValue(r))
    case 3:
      return r.pick(['[', '', 'null', '[]', '{"0":1}'])
    default:
      return JSON.stringify([{ status: 'idle' }, reference()])
  }
}

/** Portal and admin POSTs, with and without a Next-Action header (real action ids and forged ones). */
export function actionRequest(r, actionIds, origin) {
  const admin = r.chance(0.3)
  const path = admin
    ? r.pick(['/admin', '/admin/login', '/admin/collections/parks', '/admin/globals/home'])
    : `/${r.pick(['zh', 'en', 'zh-hant'])}/${r.pick(['contact', 'events/x', 'events/x/cancel', 'parks/x', ''])}`
  const headers = { 'accept-language': r.pick(['zh-CN', 'en']) }
  if (r.chance(0.75))
    headers['next-action'] = r.chance(0.6)
      ? r.pick(actionIds)
      : r.pick(['x', 'a'.repeat(42), enc(scalar(r)).slice(0, 60)])
  if (r.chance(0.7)) headers.origin = r.chance(0.8) ? origin : r.pick(['https://evil.test', 'null', 'garbage'])
  if (r.chance(0.3)) headers['next-router-state-tree'] = enc(scalar(r))
  let body
  const shape = r.int(0, 3)
  if (shape === 0) {
    headers['content-type'] = 'text/plain;charset=UTF-8'
    body = actionBody(r)
  } else if (shape === 1) {
    const made = multipart(r)
    headers['content-type'] = made.type
    body = made.body
  } else if (shape === 2) {
    headers['content-type'] = r.pick(['application/x-www-form-urlencoded', 'application/json', 'text/plain'])
    body = r.chance(0.5) ? queryString(r).slice(1) : actionBody(r)
  } else {
    body = actionBody(r)
  }
  return { cls: admin ? 'admin-action' : 'portal-post', method: 'POST', path, headers, body }
}
