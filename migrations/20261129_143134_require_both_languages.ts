import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_require_both_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_require_both_languages_order_idx\` ON \`site_settings_require_both_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_require_both_languages_parent_idx\` ON \`site_settings_require_both_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_require_both_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_require_both_languages_order_idx\` ON \`_site_settings_v_version_require_both_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_require_both_languages_parent_idx\` ON \`_site_settings_v_version_require_both_languages\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_require_both_languages\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_require_both_languages\`;`)
}
