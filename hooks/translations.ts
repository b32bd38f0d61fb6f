import { type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

import { completeField, defaultLocale, type Locale, LOCALE_INFO, localeNames, locales } from '@/i18n/locales'
import { validationMessage } from '@/lib/schema/validationMessages'
import { isSection, SECTIONS } from '@/lib/sections'
import { inRequest } from '@/lib/server/inRequest'

type RichTextNode = { text?: string; children?: RichTextNode[] }

/** Text, or a rich-text tree with at least one non-blank text node. */
const isFilled = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  const walk = (node: RichTextNode): boolean =>
    (typeof node.text === 'string' && node.text.trim() !== '') || (node.children ?? []).some(walk)
  return walk((value as { root?: RichTextNode }).root ?? {})
}

/** "中 ✔ / EN ✘": what the list view's translation column shows. */
const translationLabel = (complete: Record<Locale, boolean>) =>
  locales.map((locale) => `${LOCALE_INFO[locale].short} ${complete[locale] ? '✔' : '✘'}`).join(' / ')

/**
 * On every save, which languages have all their required fields: the language being saved comes
 * from the incoming data, the others from the latest stored version. Kept on the document (and in
 * each version) as one `…Complete` box per locale (`zhComplete` …) and the `translationState` label; also records who
 * saved, for the version history.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // The localized fields a language needs before a document counts as translated.
  const translated: readonly string[] = isSection(collection.slug) ? SECTIONS[collection.slug].translated : []
  const saving = (req.locale ?? defaultLocale) as Locale
  let stored: Record<string, Partial<Record<Locale, unknown>>> = {}
  if (originalDoc?.id != null) {
    stored = ((await inRequest(req, (req) =>
      req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    )) ?? {}) as never
  }
  const value = (field: string, locale: Locale) =>
    locale === saving && field in data ? data[field] : stored[field]?.[locale]
  // A converted language (繁體中文) has the source's text in every field not reviewed by hand, as
  // soon as the conversion that follows this save has run (hooks/traditional.ts).
  const reviewed = (data.reviewedTranslations ?? originalDoc?.reviewedTranslations ?? {}) as Record<string, string[]>
  const filled = (field: string, locale: Locale): boolean => {
    const from = LOCALE_INFO[locale].convertedFrom
    return from && !reviewed[locale]?.includes(field) ? filled(field, from) : isFilled(value(field, locale))
  }
  // Only what there is to translate: a field the schema requires, or one some language has written
  // (a Chinese original without a venue is not missing an English venue).
  const requiredBySchema = (field: string) =>
    collection.flattenedFields.some((f) => f.name === field && 'required' in f && f.required)
  const written = (field: string) =>
    locales.some((locale) => !LOCALE_INFO[locale].convertedFrom && isFilled(value(field, locale)))
  const counted = translated.filter((field) => requiredBySchema(field) || written(field))
  const complete = Object.fromEntries(
    locales.map((locale) => [locale, counted.every((field) => filled(field, locale))]),
  ) as Record<Locale, boolean>
  if (data._status === 'published' && !req.context?.seeding && locales.some((locale) => !complete[locale])) {
    await refuseIncompleteIfRequired(req, collection.slug, complete)
  }
  return {
    ...data,
    ...Object.fromEntries(locales.map((locale) => [completeField(locale), complete[locale]])),
    translationState: translationLabel(complete),
    ...(req.user ? { updatedBy: req.user.id } : {}),
  }
}

/**
 * Publishing with a language incomplete is a warning (the admin asks to confirm), unless the site
 * settings name the section among those that publish only in both languages: then it is refused,
 * with the incomplete languages named, in the editor's language.
 */
async function refuseIncompleteIfRequired(req: PayloadRequest, slug: string, complete: Record<Locale, boolean>) {
  const settings = await inRequest(req, (req) =>
    req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      overrideAccess: true,
      select: { requireBothLanguages: true },
      req,
    }),
  )
  if (!(settings.requireBothLanguages ?? []).includes(slug as never)) return
  const languages = locales.filter((l) => !complete[l]).map((l) => localeNames[l])
  throw new ValidationError(
    {
      errors: [
        {
          message: validationMessage(req, 'translationRequired', { languages: languages.join(' / ') }),
          path: '_status',
        },
      ],
    },
    req.t,
  )
}
