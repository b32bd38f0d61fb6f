import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`setup_guide_steps_routes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`setup_guide_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`setup_guide_steps_routes_order_idx\` ON \`setup_guide_steps_routes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`setup_guide_steps_routes_parent_idx\` ON \`setup_guide_steps_routes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`setup_guide_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`online_service\` text,
  	\`days_min\` numeric,
  	\`days_max\` numeric,
  	\`sample\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`setup_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`setup_guide_steps_order_idx\` ON \`setup_guide_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`setup_guide_steps_parent_id_idx\` ON \`setup_guide_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`setup_guide_steps_locales\` (
  	\`title\` text,
  	\`agency\` text,
  	\`documents\` text,
  	\`fees\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`setup_guide_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`setup_guide_steps_locales_locale_parent_id_unique\` ON \`setup_guide_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`setup_guide_steps_locales_parent_idx\` ON \`setup_guide_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`setup_guide\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviewed_translations\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`setup_guide__status_idx\` ON \`setup_guide\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`setup_guide_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`setup_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`setup_guide_locales_locale_parent_id_unique\` ON \`setup_guide_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`setup_guide_locales_parent_idx\` ON \`setup_guide_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_setup_guide_v_version_steps_routes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_setup_guide_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_steps_routes_order_idx\` ON \`_setup_guide_v_version_steps_routes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_steps_routes_parent_idx\` ON \`_setup_guide_v_version_steps_routes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_setup_guide_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`online_service\` text,
  	\`days_min\` numeric,
  	\`days_max\` numeric,
  	\`sample\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_setup_guide_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_steps_order_idx\` ON \`_setup_guide_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_steps_parent_id_idx\` ON \`_setup_guide_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_setup_guide_v_version_steps_locales\` (
  	\`title\` text,
  	\`agency\` text,
  	\`documents\` text,
  	\`fees\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_setup_guide_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_setup_guide_v_version_steps_locales_locale_parent_id_unique\` ON \`_setup_guide_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_steps_locales_parent_idx\` ON \`_setup_guide_v_version_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_setup_guide_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_reviewed_translations\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_version_version__status_idx\` ON \`_setup_guide_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_created_at_idx\` ON \`_setup_guide_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_updated_at_idx\` ON \`_setup_guide_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_snapshot_idx\` ON \`_setup_guide_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_published_locale_idx\` ON \`_setup_guide_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_latest_idx\` ON \`_setup_guide_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_autosave_idx\` ON \`_setup_guide_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_setup_guide_v_locales\` (
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_setup_guide_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_setup_guide_v_locales_locale_parent_id_unique\` ON \`_setup_guide_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_setup_guide_v_locales_parent_idx\` ON \`_setup_guide_v_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`setup_guide_steps_routes\`;`)
  await db.run(sql`DROP TABLE \`setup_guide_steps\`;`)
  await db.run(sql`DROP TABLE \`setup_guide_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`setup_guide\`;`)
  await db.run(sql`DROP TABLE \`setup_guide_locales\`;`)
  await db.run(sql`DROP TABLE \`_setup_guide_v_version_steps_routes\`;`)
  await db.run(sql`DROP TABLE \`_setup_guide_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_setup_guide_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_setup_guide_v\`;`)
  await db.run(sql`DROP TABLE \`_setup_guide_v_locales\`;`)
}
