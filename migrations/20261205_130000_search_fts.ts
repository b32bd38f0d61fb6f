import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand (Payload's schema has no place for it): an FTS5 index over the search index's
 * pre-segmented terms (lib/search/tokens.ts, lib/search/matches.ts), an external-content table kept
 * in step with search_index by triggers. Should a later Payload migration rebuild search_index
 * (SQLite's "__new_" table dance), the triggers go with the old table: add them again there.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE search_index_fts USING fts5(
    terms, content='search_index', content_rowid='id', tokenize="unicode61 remove_diacritics 0")`)
  await db.run(sql`INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')`)
  await db.run(sql`CREATE TRIGGER search_index_fts_insert AFTER INSERT ON search_index BEGIN
    INSERT INTO search_index_fts(rowid, terms) VALUES (new.id, new.terms);
  END`)
  await db.run(sql`CREATE TRIGGER search_index_fts_delete AFTER DELETE ON search_index BEGIN
    INSERT INTO search_index_fts(search_index_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
  END`)
  await db.run(sql`CREATE TRIGGER search_index_fts_update AFTER UPDATE ON search_index BEGIN
    INSERT INTO search_index_fts(search_index_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    INSERT INTO search_index_fts(rowid, terms) VALUES (new.id, new.terms);
  END`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS search_index_fts_insert`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_index_fts_delete`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_index_fts_update`)
  await db.run(sql`DROP TABLE IF EXISTS search_index_fts`)
}
