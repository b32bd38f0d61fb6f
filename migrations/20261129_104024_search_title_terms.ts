import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { indexTerms } from '../lib/search/tokens'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index\` ADD \`title_terms\` text;`)
  // Entries indexed before: their title's terms, so title matches rank first without a reindex.
  const rows = await db.all<{ id: number; title: string }>(sql`SELECT id, title FROM search_index`)
  for (const row of rows) {
    await db.run(sql`UPDATE search_index SET title_terms = ${indexTerms(row.title)} WHERE id = ${row.id}`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index\` DROP COLUMN \`title_terms\`;`)
}
