import { describe, expect, it } from 'vitest'

import { ERROR_TEXT, localeOfPath } from '@/i18n/errorText'
import { locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

describe('the error pages’ text', () => {
  it('is the ErrorPage namespace of every message file', () => {
    for (const locale of locales) expect(ERROR_TEXT[locale], locale).toEqual(messages[locale].ErrorPage)
  })

  it('takes the language from the address, the default otherwise', () => {
    expect(localeOfPath('/en/parks/x')).toBe('en')
    expect(localeOfPath('/zh-hant')).toBe('zh-hant')
    expect(localeOfPath('/admin')).toBe('zh')
    expect(localeOfPath('/')).toBe('zh')
  })
})
