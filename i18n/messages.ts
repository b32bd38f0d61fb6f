import en from '@/messages/en.json' with { type: 'json' }
import zh from '@/messages/zh.json' with { type: 'json' }
import zhHant from '@/messages/zh-hant.json' with { type: 'json' }

import type { Locale } from './locales'

// The import attribute lets Node itself load the files too (Playwright's tests import this module).
/** The portal's messages (next-intl) of each locale: the one place that lists the message files. */
export const messages: Record<Locale, typeof zh> = { zh, 'zh-hant': zhHant, en }
