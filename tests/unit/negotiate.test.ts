import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { localeFromAcceptLanguage } from '@/i18n/negotiate'

import { seeded } from '../helpers/random'

/** Language tags by the portal language they stand for; `null`: none of ours. */
const FAMILIES: [Locale | null, string[]][] = [
  ['zh', ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'ZH-cn']],
  ['zh-hant', ['zh-HK', 'zh-TW', 'zh-MO', 'zh-Hant', 'zh-Hant-HK', 'zh-hant-tw', 'zh-yue-HK']],
  ['en', ['en', 'en-US', 'en-GB', 'en-HK', 'EN']],
  [null, ['fr', 'ja-JP', 'de-DE', 'yue', 'pt-BR', '*', 'x-klingon']],
]

describe('the language a browser asks for', () => {
  it('is the first of ours by preference, for what browsers send: Hong Kong and Taiwan read Traditional', () => {
    expect(localeFromAcceptLanguage('zh-HK,zh;q=0.9,en;q=0.8')).toBe('zh-hant')
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('zh-hant')
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en')
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9')).toBeUndefined()
    expect(localeFromAcceptLanguage('')).toBeUndefined()
  })

  it('holds for generated headers: any order, weights, spacing and case; junk never throws', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const r = seeded(seed)
      const entries = Array.from({ length: r.int(1, 6) }, (_, order) => {
        const [locale, tags] = r.pick(FAMILIES)
        const weight = r.chance(0.4) ? 1 : r.int(0, 1000) / 1000
        return { locale, tag: r.pick(tags), weight, order }
      })
      const header = entries
        .map(({ tag, weight }) => {
          const space = r.pick(['', ' ', '  '])
          return weight === 1 && r.chance(0.5) ? `${space}${tag}` : `${space}${tag};${r.pick(['', ' '])}q=${weight}`
        })
        .join(',')
      const best = [...entries]
        .filter((entry) => entry.locale && entry.weight > 0)
        .sort((a, b) => b.weight - a.weight || a.order - b.order)[0]
      expect(localeFromAcceptLanguage(header), `seed ${seed}: ${header}`).toBe(best?.locale ?? undefined)
    }
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed)
      const junk = Array.from({ length: r.int(0, 300) }, () => String.fromCharCode(r.int(0, 0x2fff))).join('')
      expect(() => localeFromAcceptLanguage(junk)).not.toThrow()
    }
  })
})
