import en from '@/messages/en.json'
import zh from '@/messages/zh.json'
import zhHant from '@/messages/zh-hant.json'

import type { Locale } from './locales'

/** The portal's messages (next-intl) of each locale: the one place that lists the message files. */
export const messages: Record<Locale, typeof zh> = { zh, 'zh-hant': zhHant, en }
