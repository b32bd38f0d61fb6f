import type { NestedKeysStripped } from '@payloadcms/translations'

import type { zh } from './zh'

/** Kept apart from the tables so admin client components import no texts of their own. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

export type AdminMessages = Strings<typeof zh>

/** A key of our own texts, e.g. `dashboard:title`. */
export type AdminKey = NestedKeysStripped<AdminMessages>

/**
 * Our texts through a Payload `t` (`req.t`, `i18n.t` in server components, `useTranslation().t`
 * in client components), so each reads in that user's or request's language:
 * `const say = adminT(req.t); say('validation:draftsOnly')`.
 */
export const adminT =
  (t: (key: never, vars?: Record<string, unknown>) => string) =>
  (key: AdminKey, vars?: Record<string, string | number>) =>
    (t as (key: string, vars?: Record<string, unknown>) => string)(`portal:${key}`, vars)
