import { defaultLocale, isLocale, type Locale } from './locales'

/**
 * The error pages' text (app/(frontend)/[locale]/error.tsx, app/global-error.tsx), for the browser:
 * error boundaries are client components that no server component hands strings to, and importing
 * the message files would put every catalogue into the page's JavaScript. The text is the
 * `ErrorPage` namespace of messages/*.json, copied here; tests/unit/errorText.test.ts fails when the
 * two differ.
 */
export const ERROR_TEXT: Record<Locale, { title: string; body: string; retry: string; back: string }> = {
  zh: {
    title: '页面出错了',
    body: '显示这个页面时出了问题，已记录下来。请稍后重试，或回到首页。',
    retry: '重试',
    back: '返回首页',
  },
  'zh-hant': {
    title: '頁面出錯了',
    body: '顯示這個頁面時出了問題，已記錄下來。請稍後重試，或回到首頁。',
    retry: '重試',
    back: '返回首頁',
  },
  en: {
    title: 'Something went wrong',
    body: 'Something went wrong while showing this page; it has been logged. Please try again in a moment, or go back to the home page.',
    retry: 'Try again',
    back: 'Back to the home page',
  },
}

/** The locale a path starts with (`/en/parks` → en), else the default. */
export const localeOfPath = (path: string): Locale => {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}
