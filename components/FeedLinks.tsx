import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { FEEDS, webcalUrl } from '@/lib/portal/feedRoutes'

const linkClass = 'text-brand-700 text-sm font-medium underline'

/** Under a list's heading: its feed (news, policies), or the events calendar to subscribe to or download. */
export async function FeedLinks({ section, locale }: { section: keyof typeof FEEDS; locale: Locale }) {
  const t = await getTranslations('Feeds')
  const href = `/${locale}${FEEDS[section].path}`
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1">
      {section === 'events' ? (
        <>
          <a href={webcalUrl(locale)} className={linkClass}>
            {t('events')}
          </a>
          <a href={href} download className={linkClass}>
            {t('download')}
          </a>
        </>
      ) : (
        <a href={href} type={FEEDS[section].type} className={linkClass}>
          {t(section)}
        </a>
      )}
    </p>
  )
}

/** The same feed as `<link rel="alternate">` in the page's head (pageMetadata's `feeds`). */
export async function feedMetadata(section: keyof typeof FEEDS, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Feeds' })
  return [{ type: FEEDS[section].type, path: FEEDS[section].path, title: t(section) }]
}
