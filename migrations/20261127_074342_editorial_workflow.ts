import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`format\` text DEFAULT 'number',
  	\`as_of\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_v_version_key_figures_order_idx\` ON \`_home_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_key_figures_parent_id_idx\` ON \`_home_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_key_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v_version_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_v_version_key_figures_locales_locale_parent_id_unique\` ON \`_home_v_version_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_hero_image_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_v_version_hero_version_hero_image_idx\` ON \`_home_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_version__status_idx\` ON \`_home_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_created_at_idx\` ON \`_home_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_updated_at_idx\` ON \`_home_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_snapshot_idx\` ON \`_home_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_published_locale_idx\` ON \`_home_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_latest_idx\` ON \`_home_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_autosave_idx\` ON \`_home_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_locales\` (
  	\`version_hero_title\` text,
  	\`version_hero_subtitle\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_v_locales_locale_parent_id_unique\` ON \`_home_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`parks_id\` integer,
  	\`cases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_home_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_v_rels_order_idx\` ON \`_home_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_rels_parent_idx\` ON \`_home_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_rels_path_idx\` ON \`_home_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_rels_parks_id_idx\` ON \`_home_v_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_rels_cases_id_idx\` ON \`_home_v_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_footer_links_order_idx\` ON \`_site_settings_v_version_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_footer_links_parent_id_idx\` ON \`_site_settings_v_version_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_footer_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_version_footer_links_locales_locale_parent_\` ON \`_site_settings_v_version_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_social_order_idx\` ON \`_site_settings_v_version_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_social_parent_id_idx\` ON \`_site_settings_v_version_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_social_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_social\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_version_social_locales_locale_parent_id_uni\` ON \`_site_settings_v_version_social_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
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
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_snapshot_idx\` ON \`_site_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_published_locale_idx\` ON \`_site_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_autosave_idx\` ON \`_site_settings_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_locales\` (
  	\`version_site_name\` text,
  	\`version_tagline\` text,
  	\`version_contact_organisation\` text,
  	\`version_contact_address\` text,
  	\`version_contact_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_locales_locale_parent_id_unique\` ON \`_site_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_home_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`format\` text DEFAULT 'number',
  	\`as_of\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_key_figures\`("_order", "_parent_id", "id", "value", "format", "as_of") SELECT "_order", "_parent_id", "id", "value", "format", "as_of" FROM \`home_key_figures\`;`)
  await db.run(sql`DROP TABLE \`home_key_figures\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_key_figures\` RENAME TO \`home_key_figures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`home_key_figures_order_idx\` ON \`home_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_key_figures_parent_id_idx\` ON \`home_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_home_key_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_key_figures_locales\`("label", "unit", "source", "id", "_locale", "_parent_id") SELECT "label", "unit", "source", "id", "_locale", "_parent_id" FROM \`home_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`home_key_figures_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_key_figures_locales\` RENAME TO \`home_key_figures_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`home_key_figures_locales_locale_parent_id_unique\` ON \`home_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_home_locales\` (
  	\`hero_title\` text,
  	\`hero_subtitle\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_locales\`("hero_title", "hero_subtitle", "id", "_locale", "_parent_id") SELECT "hero_title", "hero_subtitle", "id", "_locale", "_parent_id" FROM \`home_locales\`;`)
  await db.run(sql`DROP TABLE \`home_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_locales\` RENAME TO \`home_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`home_locales_locale_parent_id_unique\` ON \`home_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_links\`("_order", "_parent_id", "id", "url") SELECT "_order", "_parent_id", "id", "url" FROM \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_links\` RENAME TO \`site_settings_footer_links\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`site_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_links_locales\` RENAME TO \`site_settings_footer_links_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_links_locales_locale_parent_id_unique\` ON \`site_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_social\`("_order", "_parent_id", "id", "platform", "url") SELECT "_order", "_parent_id", "id", "platform", "url" FROM \`site_settings_social\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_social\` RENAME TO \`site_settings_social\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_social_order_idx\` ON \`site_settings_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_social_parent_id_idx\` ON \`site_settings_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`site_name\` text,
  	\`tagline\` text,
  	\`contact_organisation\` text,
  	\`contact_address\` text,
  	\`contact_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("site_name", "tagline", "contact_organisation", "contact_address", "contact_hours", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "contact_organisation", "contact_address", "contact_hours", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`parks_zh_complete_idx\` ON \`parks\` (\`zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`parks_en_complete_idx\` ON \`parks\` (\`en_complete\`);`)
  await db.run(sql`CREATE INDEX \`parks_updated_by_idx\` ON \`parks\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_zh_complete_idx\` ON \`_parks_v\` (\`version_zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_en_complete_idx\` ON \`_parks_v\` (\`version_en_complete\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_updated_by_idx\` ON \`_parks_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_autosave_idx\` ON \`_parks_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`policies_zh_complete_idx\` ON \`policies\` (\`zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`policies_en_complete_idx\` ON \`policies\` (\`en_complete\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_by_idx\` ON \`policies\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_zh_complete_idx\` ON \`_policies_v\` (\`version_zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_en_complete_idx\` ON \`_policies_v\` (\`version_en_complete\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_by_idx\` ON \`_policies_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_autosave_idx\` ON \`_policies_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`events_zh_complete_idx\` ON \`events\` (\`zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`events_en_complete_idx\` ON \`events\` (\`en_complete\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_zh_complete_idx\` ON \`_events_v\` (\`version_zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_en_complete_idx\` ON \`_events_v\` (\`version_en_complete\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`cases_zh_complete_idx\` ON \`cases\` (\`zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`cases_en_complete_idx\` ON \`cases\` (\`en_complete\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_by_idx\` ON \`cases\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_zh_complete_idx\` ON \`_cases_v\` (\`version_zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_en_complete_idx\` ON \`_cases_v\` (\`version_en_complete\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_by_idx\` ON \`_cases_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_autosave_idx\` ON \`_cases_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`industries\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`industries\` ADD \`zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`industries\` ADD \`en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`industries\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`industries_zh_complete_idx\` ON \`industries\` (\`zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`industries_en_complete_idx\` ON \`industries\` (\`en_complete\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_by_idx\` ON \`industries\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_zh_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_en_complete\` integer;`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_zh_complete_idx\` ON \`_industries_v\` (\`version_zh_complete\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_en_complete_idx\` ON \`_industries_v\` (\`version_en_complete\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_updated_by_idx\` ON \`_industries_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_autosave_idx\` ON \`_industries_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`home\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`home__status_idx\` ON \`home\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  // The globals were live before they had drafts: they stay published (else the portal would hide them).
  await db.run(sql`UPDATE \`home\` SET \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`site_settings\` SET \`_status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_v\`;`)
  await db.run(sql`DROP TABLE \`_home_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_footer_links\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_social\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_social_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_parks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`county\` text,
  	\`level\` text,
  	\`planned_area_value\` numeric,
  	\`planned_area_unit\` text DEFAULT 'km2',
  	\`built_area_value\` numeric,
  	\`built_area_unit\` text DEFAULT 'km2',
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`last_verified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_parks\`("id", "county", "level", "planned_area_value", "planned_area_unit", "built_area_value", "built_area_unit", "location_lat", "location_lng", "contact_phone", "contact_email", "hero_image_id", "slug", "last_verified", "updated_at", "created_at", "_status") SELECT "id", "county", "level", "planned_area_value", "planned_area_unit", "built_area_value", "built_area_unit", "location_lat", "location_lng", "contact_phone", "contact_email", "hero_image_id", "slug", "last_verified", "updated_at", "created_at", "_status" FROM \`parks\`;`)
  await db.run(sql`DROP TABLE \`parks\`;`)
  await db.run(sql`ALTER TABLE \`__new_parks\` RENAME TO \`parks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`parks_county_idx\` ON \`parks\` (\`county\`);`)
  await db.run(sql`CREATE INDEX \`parks_level_idx\` ON \`parks\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`parks_hero_image_idx\` ON \`parks\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_slug_idx\` ON \`parks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`parks_last_verified_idx\` ON \`parks\` (\`last_verified\`);`)
  await db.run(sql`CREATE INDEX \`parks_updated_at_idx\` ON \`parks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`parks_created_at_idx\` ON \`parks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`parks__status_idx\` ON \`parks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__parks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_county\` text,
  	\`version_level\` text,
  	\`version_planned_area_value\` numeric,
  	\`version_planned_area_unit\` text DEFAULT 'km2',
  	\`version_built_area_value\` numeric,
  	\`version_built_area_unit\` text DEFAULT 'km2',
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_hero_image_id\` integer,
  	\`version_slug\` text,
  	\`version_last_verified\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__parks_v\`("id", "parent_id", "version_county", "version_level", "version_planned_area_value", "version_planned_area_unit", "version_built_area_value", "version_built_area_unit", "version_location_lat", "version_location_lng", "version_contact_phone", "version_contact_email", "version_hero_image_id", "version_slug", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_county", "version_level", "version_planned_area_value", "version_planned_area_unit", "version_built_area_value", "version_built_area_unit", "version_location_lat", "version_location_lng", "version_contact_phone", "version_contact_email", "version_hero_image_id", "version_slug", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_parks_v\`;`)
  await db.run(sql`DROP TABLE \`_parks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__parks_v\` RENAME TO \`_parks_v\`;`)
  await db.run(sql`CREATE INDEX \`_parks_v_parent_idx\` ON \`_parks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_county_idx\` ON \`_parks_v\` (\`version_county\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_level_idx\` ON \`_parks_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_hero_image_idx\` ON \`_parks_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_slug_idx\` ON \`_parks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_last_verified_idx\` ON \`_parks_v\` (\`version_last_verified\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_updated_at_idx\` ON \`_parks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version_created_at_idx\` ON \`_parks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_version__status_idx\` ON \`_parks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_created_at_idx\` ON \`_parks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_updated_at_idx\` ON \`_parks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_snapshot_idx\` ON \`_parks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_published_locale_idx\` ON \`_parks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_latest_idx\` ON \`_parks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_number\` text,
  	\`category\` text,
  	\`minimum_investment\` numeric,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`slug\` text,
  	\`last_verified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies\`("id", "document_number", "category", "minimum_investment", "effective_date", "expiry_date", "slug", "last_verified", "updated_at", "created_at", "_status") SELECT "id", "document_number", "category", "minimum_investment", "effective_date", "expiry_date", "slug", "last_verified", "updated_at", "created_at", "_status" FROM \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`)
  await db.run(sql`CREATE INDEX \`policies_document_number_idx\` ON \`policies\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policies_category_idx\` ON \`policies\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`policies_effective_date_idx\` ON \`policies\` (\`effective_date\`);`)
  await db.run(sql`CREATE INDEX \`policies_expiry_date_idx\` ON \`policies\` (\`expiry_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policies_last_verified_idx\` ON \`policies\` (\`last_verified\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_document_number\` text,
  	\`version_category\` text,
  	\`version_minimum_investment\` numeric,
  	\`version_effective_date\` text,
  	\`version_expiry_date\` text,
  	\`version_slug\` text,
  	\`version_last_verified\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_document_number", "version_category", "version_minimum_investment", "version_effective_date", "version_expiry_date", "version_slug", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_document_number", "version_category", "version_minimum_investment", "version_effective_date", "version_expiry_date", "version_slug", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_document_number_idx\` ON \`_policies_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_category_idx\` ON \`_policies_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_effective_date_idx\` ON \`_policies_v\` (\`version_effective_date\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_expiry_date_idx\` ON \`_policies_v\` (\`version_expiry_date\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_last_verified_idx\` ON \`_policies_v\` (\`version_last_verified\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`cover_id\` integer,
  	\`registration_status\` text DEFAULT 'closed',
  	\`registration_method\` text DEFAULT 'builtin',
  	\`registration_capacity\` numeric,
  	\`registration_deadline\` text,
  	\`registration_deadline_tz\` text DEFAULT 'Asia/Shanghai',
  	\`registration_url\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "cover_id", "registration_status", "registration_method", "registration_capacity", "registration_deadline", "registration_deadline_tz", "registration_url", "slug", "updated_at", "created_at", "_status") SELECT "id", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "cover_id", "registration_status", "registration_method", "registration_capacity", "registration_deadline", "registration_deadline_tz", "registration_url", "slug", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_type_idx\` ON \`events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_registration_registration_deadline_idx\` ON \`events\` (\`registration_deadline\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_type\` text,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_cover_id\` integer,
  	\`version_registration_status\` text DEFAULT 'closed',
  	\`version_registration_method\` text DEFAULT 'builtin',
  	\`version_registration_capacity\` numeric,
  	\`version_registration_deadline\` text,
  	\`version_registration_deadline_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_registration_url\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_cover_id", "version_registration_status", "version_registration_method", "version_registration_capacity", "version_registration_deadline", "version_registration_deadline_tz", "version_registration_url", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_cover_id", "version_registration_status", "version_registration_method", "version_registration_capacity", "version_registration_deadline", "version_registration_deadline_tz", "version_registration_url", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_type_idx\` ON \`_events_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_version_registration_dead_idx\` ON \`_events_v\` (\`version_registration_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`origin_city\` text,
  	\`industry_id\` integer,
  	\`park_id\` integer,
  	\`investment_amount\` numeric,
  	\`investment_year\` numeric,
  	\`logo_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases\`("id", "origin_city", "industry_id", "park_id", "investment_amount", "investment_year", "logo_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "origin_city", "industry_id", "park_id", "investment_amount", "investment_year", "logo_id", "slug", "updated_at", "created_at", "_status" FROM \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases\` RENAME TO \`cases\`;`)
  await db.run(sql`CREATE INDEX \`cases_origin_city_idx\` ON \`cases\` (\`origin_city\`);`)
  await db.run(sql`CREATE INDEX \`cases_industry_idx\` ON \`cases\` (\`industry_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_park_idx\` ON \`cases\` (\`park_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_investment_year_idx\` ON \`cases\` (\`investment_year\`);`)
  await db.run(sql`CREATE INDEX \`cases_logo_idx\` ON \`cases\` (\`logo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_slug_idx\` ON \`cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases__status_idx\` ON \`cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_origin_city\` text,
  	\`version_industry_id\` integer,
  	\`version_park_id\` integer,
  	\`version_investment_amount\` numeric,
  	\`version_investment_year\` numeric,
  	\`version_logo_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v\`("id", "parent_id", "version_origin_city", "version_industry_id", "version_park_id", "version_investment_amount", "version_investment_year", "version_logo_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_origin_city", "version_industry_id", "version_park_id", "version_investment_amount", "version_investment_year", "version_logo_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_cases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v\` RENAME TO \`_cases_v\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_parent_idx\` ON \`_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_origin_city_idx\` ON \`_cases_v\` (\`version_origin_city\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_industry_idx\` ON \`_cases_v\` (\`version_industry_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_park_idx\` ON \`_cases_v\` (\`version_park_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_investment_year_idx\` ON \`_cases_v\` (\`version_investment_year\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_logo_idx\` ON \`_cases_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_slug_idx\` ON \`_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_at_idx\` ON \`_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_at_idx\` ON \`_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version__status_idx\` ON \`_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_created_at_idx\` ON \`_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_updated_at_idx\` ON \`_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_snapshot_idx\` ON \`_cases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_published_locale_idx\` ON \`_cases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_latest_idx\` ON \`_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`icon_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_industries\`("id", "icon_id", "order", "slug", "updated_at", "created_at", "_status") SELECT "id", "icon_id", "order", "slug", "updated_at", "created_at", "_status" FROM \`industries\`;`)
  await db.run(sql`DROP TABLE \`industries\`;`)
  await db.run(sql`ALTER TABLE \`__new_industries\` RENAME TO \`industries\`;`)
  await db.run(sql`CREATE INDEX \`industries_icon_idx\` ON \`industries\` (\`icon_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`industries__status_idx\` ON \`industries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__industries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_icon_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_icon_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__industries_v\`("id", "parent_id", "version_icon_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_icon_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_industries_v\`;`)
  await db.run(sql`DROP TABLE \`_industries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__industries_v\` RENAME TO \`_industries_v\`;`)
  await db.run(sql`CREATE INDEX \`_industries_v_parent_idx\` ON \`_industries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_icon_idx\` ON \`_industries_v\` (\`version_icon_id\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_slug_idx\` ON \`_industries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_updated_at_idx\` ON \`_industries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version_created_at_idx\` ON \`_industries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_version__status_idx\` ON \`_industries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_created_at_idx\` ON \`_industries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_updated_at_idx\` ON \`_industries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_snapshot_idx\` ON \`_industries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_published_locale_idx\` ON \`_industries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_latest_idx\` ON \`_industries_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`home__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`site_settings__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_home_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`format\` text DEFAULT 'number',
  	\`as_of\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_key_figures\`("_order", "_parent_id", "id", "value", "format", "as_of") SELECT "_order", "_parent_id", "id", "value", "format", "as_of" FROM \`home_key_figures\`;`)
  await db.run(sql`DROP TABLE \`home_key_figures\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_key_figures\` RENAME TO \`home_key_figures\`;`)
  await db.run(sql`CREATE INDEX \`home_key_figures_order_idx\` ON \`home_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_key_figures_parent_id_idx\` ON \`home_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_home_key_figures_locales\` (
  	\`label\` text NOT NULL,
  	\`unit\` text,
  	\`source\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_key_figures_locales\`("label", "unit", "source", "id", "_locale", "_parent_id") SELECT "label", "unit", "source", "id", "_locale", "_parent_id" FROM \`home_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`home_key_figures_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_key_figures_locales\` RENAME TO \`home_key_figures_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`home_key_figures_locales_locale_parent_id_unique\` ON \`home_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_home_locales\` (
  	\`hero_title\` text NOT NULL,
  	\`hero_subtitle\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_home_locales\`("hero_title", "hero_subtitle", "id", "_locale", "_parent_id") SELECT "hero_title", "hero_subtitle", "id", "_locale", "_parent_id" FROM \`home_locales\`;`)
  await db.run(sql`DROP TABLE \`home_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_home_locales\` RENAME TO \`home_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`home_locales_locale_parent_id_unique\` ON \`home_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_links\`("_order", "_parent_id", "id", "url") SELECT "_order", "_parent_id", "id", "url" FROM \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_links\` RENAME TO \`site_settings_footer_links\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`site_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_links_locales\` RENAME TO \`site_settings_footer_links_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_links_locales_locale_parent_id_unique\` ON \`site_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_social\`("_order", "_parent_id", "id", "platform", "url") SELECT "_order", "_parent_id", "id", "platform", "url" FROM \`site_settings_social\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_social\` RENAME TO \`site_settings_social\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_social_order_idx\` ON \`site_settings_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_social_parent_id_idx\` ON \`site_settings_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`site_name\` text NOT NULL,
  	\`tagline\` text,
  	\`contact_organisation\` text,
  	\`contact_address\` text,
  	\`contact_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("site_name", "tagline", "contact_organisation", "contact_address", "contact_hours", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "contact_organisation", "contact_address", "contact_hours", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
}
