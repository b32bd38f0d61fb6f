import type { Locale } from './locales'

/**
 * The portal's language for a browser's Accept-Language header, or undefined when it names none of
 * ours. The entries are taken by preference (q, then the order written), and the first that is one
 * of our languages decides: Traditional Chinese for zh-Hant and the regions that write it (Hong Kong,
 * Taiwan, Macao), Simplified for other Chinese, English for any English.
 *
 * next-intl's own matching weighs the whole list, so a Hong Kong browser's usual header,
 * `zh-HK,zh;q=0.9,en;q=0.8`, went to Simplified: its second choice (`zh`) matched exactly where the
 * first (`zh-HK`) only matched by region. proxy.ts asks this first.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined
  const entries = header
    .slice(0, 1000)
    .split(',')
    .slice(0, 50)
    .flatMap((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find(Boolean)
      const weight = q ? Number(q[1]) : 1
      return /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i.test(tag) && weight > 0 ? [{ tag: tag.toLowerCase(), weight, order }] : []
    })
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
  for (const { tag } of entries) {
    const [language, ...subtags] = tag.split('-')
    if (language === 'en') return 'en'
    if (language !== 'zh') continue
    if (subtags.includes('hant')) return 'zh-hant'
    if (subtags.includes('hans')) return 'zh'
    return subtags.some((subtag) => ['hk', 'tw', 'mo'].includes(subtag)) ? 'zh-hant' : 'zh'
  }
  return undefined
}
