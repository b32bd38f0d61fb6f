import { en } from './en'
import type { AdminKey, AdminMessages } from './t'
import { zh } from './zh'

export { adminT, type AdminKey, type AdminMessages } from './t'

/**
 * The admin's and the server's text: Payload's custom translations (`i18n.translations` in
 * payload.config.ts), under the `portal` namespace so that no key can clash with Payload's own.
 * - field and collection labels: `text('parks:parkName')` (a label in every admin language);
 * - server code and admin components: `adminT(req.t)('validation:draftsOnly')`, with `i18n.t` in
 *   server components and `useTranslation().t` in client components;
 * Select options are content vocabulary shared with the portal: messages/*.json (lib/schema/options.ts).
 */

/** The admin languages (Payload's `supportedLanguages`) and their texts. */
export const adminMessages = { zh, en } as const satisfies Record<string, AdminMessages>

export type AdminLanguage = keyof typeof adminMessages

/** Payload's `i18n.translations`. */
export const adminTranslations = Object.fromEntries(
  Object.entries(adminMessages).map(([language, messages]) => [language, { portal: messages }]),
) as Record<AdminLanguage, { portal: AdminMessages }>

const lookup = (messages: AdminMessages, key: AdminKey): string =>
  key.split(':').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string

/** A field, collection or option label in every admin language (Payload shows the user's). */
export const text = (key: AdminKey): Record<AdminLanguage, string> =>
  Object.fromEntries(
    Object.entries(adminMessages).map(([language, messages]) => [language, lookup(messages, key)]),
  ) as Record<AdminLanguage, string>

/** A text in one admin language, `{{name}}` placeholders filled in (for code without a request: emails). */
export const adminText = (language: AdminLanguage, key: AdminKey, vars: Record<string, string | number> = {}) =>
  lookup(adminMessages[language], key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
