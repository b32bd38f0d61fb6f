import type { CollectionConfig, Field } from 'payload'

import { deleteContent, readContent, readVersions, updateContent, writeContent } from '@/access/content'
import { editorialGuard } from '@/hooks/editorialGuard'
import { recordRedirect } from '@/lib/redirects/record'
import { importsAsDrafts, notInSpreadsheets } from '@/lib/spreadsheets'
import { closeOnPublish, withdrawOnDelete } from '@/lib/review/requests'
import { ownRowIds } from '@/hooks/ownRowIds'
import { revalidateOnChange, revalidateOnDelete } from '@/hooks/revalidatePortal'
import { indexOnChange, removeOnDelete } from '@/hooks/searchIndex'
import { convertCollection, reviewedInCollection } from '@/hooks/traditional'
import { trackTranslations } from '@/hooks/translations'
import { type AdminLanguage, adminMessages, adminText, text } from '@/i18n/admin'
import { completeField, LOCALE_INFO, locales } from '@/i18n/locales'

const adminLanguages = Object.keys(adminMessages) as AdminLanguage[]

/**
 * What every public content collection shares: the editorial access rules (access/content.ts),
 * drafts with autosave, scheduled publishing and versions (the last 50), and portal pages
 * refreshed when what the public sees changes.
 */
export const contentDefaults = {
  access: {
    create: writeContent,
    delete: deleteContent,
    read: readContent,
    readVersions,
    update: updateContent,
  },
  hooks: {
    beforeOperation: [importsAsDrafts, editorialGuard],
    beforeChange: [ownRowIds, reviewedInCollection, trackTranslations, recordRedirect],
    afterChange: [convertCollection, indexOnChange, closeOnPublish, revalidateOnChange],
    afterDelete: [removeOnDelete, withdrawOnDelete, revalidateOnDelete],
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
} satisfies Pick<CollectionConfig, 'access' | 'hooks' | 'versions'>

/** Admin settings of every content collection: Publish asks before publishing an incomplete translation. */
export const contentAdminComponents = {
  edit: { PublishButton: '@/components/admin/PublishWithCheck#PublishWithCheck' },
} satisfies NonNullable<CollectionConfig['admin']>['components']

/**
 * The sidebar fields every content collection gets: who saved last (kept in each version, so the
 * version history shows who changed what) and how complete each language is.
 * The hook `trackTranslations` fills them on every save (hooks/translations.ts).
 */
/**
 * Which fields of a converted language (Traditional Chinese) staff wrote by hand: those are
 * "reviewed" and conversion leaves them alone; every other field is converted automatically
 * (hooks/traditional.ts). Shown in the sidebar; kept by the hooks, not typed in.
 */
export const reviewedTranslationsField: Field = {
  name: 'reviewedTranslations',
  type: 'json',
  label: text('content:reviewedTranslations'),
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: text('content:reviewedTranslationsDescription'),
    components: { Field: '@/components/admin/TranslationStatus#TranslationStatus' },
  },
  custom: notInSpreadsheets,
}

/** The review panel (submit for review, send back, the state): one in every edit view's sidebar. */
export const reviewPanelField: Field = {
  name: 'review',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/components/admin/ReviewPanel#ReviewPanel' } },
}

export const editorialFields: Field[] = [
  reviewPanelField,
  {
    name: 'viewOnPortal',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/components/admin/ViewOnPortal#ViewOnPortal' } },
  },
  {
    name: 'translationState',
    type: 'text',
    label: text('content:translations'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: text('content:checkedOnSaveEachLanguage'),
    },
    custom: notInSpreadsheets,
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    // One "complete" box per locale (i18n/locales.ts): `zhComplete`, `enComplete` …
    fields: locales.map((locale) => ({
      name: completeField(locale),
      type: 'checkbox' as const,
      label: Object.fromEntries(
        adminLanguages.map((language) => [
          language,
          adminText(language, 'content:languageComplete', { language: LOCALE_INFO[locale].name }),
        ]),
      ),
      index: true,
      admin: { readOnly: true },
      custom: notInSpreadsheets,
    })),
  },
  reviewedTranslationsField,
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: text('content:lastChangedBy'),
    admin: { readOnly: true, position: 'sidebar' },
    custom: notInSpreadsheets,
  },
]
