import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SearchIndex } from '@/payload-types'
import { sqlRows } from '@/lib/server/sql'

import { type QueryTerm, termFilter } from './tokens'

export type Match = Pick<SearchIndex, 'id' | 'section' | 'docId' | 'slug' | 'title'>

/**
 * The search index's entries in `locale` holding every term, read from each database's own
 * inverted index over the pre-segmented terms (lib/search/tokens.ts):
 * - SQLite: the FTS5 table `search_index_fts` (migrations/20261205_130000_search_fts.ts), kept by triggers;
 * - PostgreSQL: a GIN index on to_tsvector('simple', terms) (migrations/postgres/…_search_gin.ts);
 * - MongoDB (no index of this kind tested here): the portable `contains` scan, `containsMatches`.
 * A Han term is matched whole, a Latin word by its prefix, on every path alike (one test holds them equal).
 * The raw statements run only while the collection's read access lets anyone read it (it does: it
 * holds published text only); otherwise the read goes through Payload with its access.
 */
export async function indexMatches(payload: Payload, locale: Locale, terms: QueryTerm[]): Promise<Match[]> {
  if (!(await usesInvertedIndex(payload))) return containsMatches(payload, locale, terms)
  const { name } = payload.db
  const rows =
    name === 'sqlite'
      ? await sqlRows(
          payload,
          (sql) => sql`
            SELECT s.id, s.section, s.doc_id AS "docId", s.slug, s.title FROM search_index_fts
            JOIN search_index s ON s.id = search_index_fts.rowid
            WHERE search_index_fts MATCH ${terms.map((t) => `"${t.term}"${t.prefix ? '*' : ''}`).join(' AND ')}
              AND s.locale = ${locale}`,
        )
      : await sqlRows(
          payload,
          (sql) => sql`
            SELECT id, section, doc_id AS "docId", slug, title FROM search_index
            WHERE to_tsvector('simple', coalesce(terms, '')) @@ to_tsquery('simple', ${terms
              .map((t) => `'${t.term}'${t.prefix ? ':*' : ''}`)
              .join(' & ')})
              AND locale = ${locale}`,
        )
  return rows as Match[]
}

/** The same matches by a `contains` per term: every adapter can, none has an index for it. */
export async function containsMatches(payload: Payload, locale: Locale, terms: QueryTerm[]): Promise<Match[]> {
  const { docs } = await payload.find({
    collection: 'search-index',
    overrideAccess: false,
    depth: 0,
    where: {
      and: [{ locale: { equals: locale } }, ...terms.map((term) => ({ terms: { contains: termFilter(term) } }))],
    },
    pagination: false,
    select: { section: true, docId: true, slug: true, title: true },
  })
  return docs
}

/** A SQL database, and the search index's own read access lets an anonymous visitor read every entry. */
export async function usesInvertedIndex(payload: Payload) {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return false
  const read = payload.collections['search-index']?.config.access.read
  if (!read) return false
  return (await read({ req: { payload, user: null } as unknown as PayloadRequest })) === true
}
