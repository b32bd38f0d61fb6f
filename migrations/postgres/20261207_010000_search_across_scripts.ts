import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { foldTerms, hasHan } from '@/lib/search/tokens'

/** Folds the stored Chinese terms to Simplified, as migrations/20261207_010000_search_across_scripts.ts on SQLite. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute<{ id: number; terms: string | null }>(sql`SELECT id, terms FROM search_index`)
  for (const { id, terms } of rows) {
    if (!terms || !hasHan(terms)) continue
    const folded = foldTerms(terms)
    if (folded !== terms) await db.execute(sql`UPDATE search_index SET terms = ${folded} WHERE id = ${id}`)
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {}
