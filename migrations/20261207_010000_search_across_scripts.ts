import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { foldTerms, hasHan } from '@/lib/search/tokens'

/**
 * Search across scripts (issue 28): the index's Chinese terms are now in Simplified characters,
 * whichever script the text is in (lib/search/tokens.ts). Folds the terms already stored; the FTS5
 * table follows through its update trigger. Nothing to undo: folded terms serve the old code too,
 * for Simplified text, and `npm run reindex` rebuilds everything.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const rows = (await db.all(sql`SELECT id, terms FROM search_index`)) as { id: number; terms: string | null }[]
  for (const { id, terms } of rows) {
    if (!terms || !hasHan(terms)) continue
    const folded = foldTerms(terms)
    if (folded !== terms) await db.run(sql`UPDATE search_index SET terms = ${folded} WHERE id = ${id}`)
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {}
