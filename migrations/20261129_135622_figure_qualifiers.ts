import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`parks_key_figures\` ADD \`qualifier\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v_version_key_figures\` ADD \`qualifier\` text;`)
  await db.run(sql`ALTER TABLE \`cases_outcomes\` ADD \`qualifier\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v_version_outcomes\` ADD \`qualifier\` text;`)
  await db.run(sql`ALTER TABLE \`home_key_figures\` ADD \`qualifier\` text;`)
  await db.run(sql`ALTER TABLE \`_home_v_version_key_figures\` ADD \`qualifier\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`parks_key_figures\` DROP COLUMN \`qualifier\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v_version_key_figures\` DROP COLUMN \`qualifier\`;`)
  await db.run(sql`ALTER TABLE \`cases_outcomes\` DROP COLUMN \`qualifier\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v_version_outcomes\` DROP COLUMN \`qualifier\`;`)
  await db.run(sql`ALTER TABLE \`home_key_figures\` DROP COLUMN \`qualifier\`;`)
  await db.run(sql`ALTER TABLE \`_home_v_version_key_figures\` DROP COLUMN \`qualifier\`;`)
}
