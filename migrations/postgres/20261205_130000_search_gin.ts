import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand (Payload's schema has no place for it): a GIN index over the search index's
 * pre-segmented terms as a 'simple' tsvector (no stemming, no stop words: the terms are already
 * cut — Chinese characters and pairs, English words; lib/search/tokens.ts, lib/search/matches.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX search_index_terms_gin ON search_index
    USING gin (to_tsvector('simple', coalesce(terms, '')))`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS search_index_terms_gin`)
}
