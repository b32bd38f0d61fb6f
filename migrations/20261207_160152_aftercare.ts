import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`kind\` text DEFAULT 'investment';`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`aftercare_category\` text;`)
  await db.run(sql`CREATE INDEX \`enquiries_kind_idx\` ON \`enquiries\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_aftercare_category_idx\` ON \`enquiries\` (\`aftercare_category\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`enquiries_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`enquiries_aftercare_category_idx\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`aftercare_category\`;`)
}
