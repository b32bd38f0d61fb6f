import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { type Section, SECTIONS, sections } from '@/lib/sections'

/** Each section's name in the page's language: the `title` of its pages' message namespace. */
export async function sectionTitles(locale: Locale): Promise<Record<Section, string>> {
  const t = await getTranslations({ locale })
  return Object.fromEntries(sections.map((section) => [section, t(`${SECTIONS[section].messages}.title`)])) as Record<
    Section,
    string
  >
}
