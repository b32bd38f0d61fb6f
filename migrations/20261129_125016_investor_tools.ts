import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`parks_sites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`status\` text DEFAULT 'available',
  	\`area_value\` numeric,
  	\`area_unit\` text DEFAULT 'km2',
  	\`ready_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_sites_order_idx\` ON \`parks_sites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_sites_parent_id_idx\` ON \`parks_sites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_sites_locales\` (
  	\`name\` text,
  	\`price\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_sites_locales_locale_parent_id_unique\` ON \`parks_sites_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_sites_locales_parent_idx\` ON \`parks_sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_logistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`destination\` text,
  	\`mode\` text DEFAULT 'road',
  	\`minutes\` numeric,
  	\`km\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_logistics_order_idx\` ON \`parks_logistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_logistics_parent_id_idx\` ON \`parks_logistics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_logistics_locales\` (
  	\`place\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks_logistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_logistics_locales_locale_parent_id_unique\` ON \`parks_logistics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_logistics_locales_parent_idx\` ON \`parks_logistics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_sites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`status\` text DEFAULT 'available',
  	\`area_value\` numeric,
  	\`area_unit\` text DEFAULT 'km2',
  	\`ready_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_parks_v_version_sites_order_idx\` ON \`_parks_v_version_sites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_sites_parent_id_idx\` ON \`_parks_v_version_sites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_sites_locales\` (
  	\`name\` text,
  	\`price\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v_version_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_parks_v_version_sites_locales_locale_parent_id_unique\` ON \`_parks_v_version_sites_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_sites_locales_parent_idx\` ON \`_parks_v_version_sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_logistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`destination\` text,
  	\`mode\` text DEFAULT 'road',
  	\`minutes\` numeric,
  	\`km\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_parks_v_version_logistics_order_idx\` ON \`_parks_v_version_logistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_logistics_parent_id_idx\` ON \`_parks_v_version_logistics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_logistics_locales\` (
  	\`place\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v_version_logistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_parks_v_version_logistics_locales_locale_parent_id_unique\` ON \`_parks_v_version_logistics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_logistics_locales_parent_idx\` ON \`_parks_v_version_logistics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_eligibility_firm_sizes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_eligibility_firm_sizes_order_idx\` ON \`policies_eligibility_firm_sizes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_eligibility_firm_sizes_parent_idx\` ON \`policies_eligibility_firm_sizes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_eligibility_project_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_eligibility_project_types_order_idx\` ON \`policies_eligibility_project_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_eligibility_project_types_parent_idx\` ON \`policies_eligibility_project_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_eligibility_counties\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_eligibility_counties_order_idx\` ON \`policies_eligibility_counties\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_eligibility_counties_parent_idx\` ON \`policies_eligibility_counties\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_eligibility_firm_sizes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_firm_sizes_order_idx\` ON \`_policies_v_version_eligibility_firm_sizes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_firm_sizes_parent_idx\` ON \`_policies_v_version_eligibility_firm_sizes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_eligibility_project_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_project_types_order_idx\` ON \`_policies_v_version_eligibility_project_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_project_types_parent_idx\` ON \`_policies_v_version_eligibility_project_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_eligibility_counties\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_counties_order_idx\` ON \`_policies_v_version_eligibility_counties\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_eligibility_counties_parent_idx\` ON \`_policies_v_version_eligibility_counties\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_land_price\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_factory_rent\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_wage\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_electricity\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_water\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`data_note\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_land_price\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_factory_rent\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_wage\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_electricity\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_water\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v_locales\` ADD \`version_data_note\` text;`)
  await db.run(sql`ALTER TABLE \`policies_benefits\` ADD \`type\` text;`)
  await db.run(sql`CREATE INDEX \`policies_benefits_type_idx\` ON \`policies_benefits\` (\`type\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`eligibility_minimum_jobs\` numeric;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`eligibility_minimum_revenue\` numeric;`)
  await db.run(sql`ALTER TABLE \`policies_locales\` ADD \`how_to_apply\` text;`)
  await db.run(sql`ALTER TABLE \`policies_rels\` ADD \`parks_id\` integer REFERENCES parks(id);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parks_id_idx\` ON \`policies_rels\` (\`parks_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v_version_benefits\` ADD \`type\` text;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_benefits_type_idx\` ON \`_policies_v_version_benefits\` (\`type\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_eligibility_minimum_jobs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_eligibility_minimum_revenue\` numeric;`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` ADD \`version_how_to_apply\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v_rels\` ADD \`parks_id\` integer REFERENCES parks(id);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parks_id_idx\` ON \`_policies_v_rels\` (\`parks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`parks_sites\`;`)
  await db.run(sql`DROP TABLE \`parks_sites_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_logistics\`;`)
  await db.run(sql`DROP TABLE \`parks_logistics_locales\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_sites\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_sites_locales\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_logistics\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_logistics_locales\`;`)
  await db.run(sql`DROP TABLE \`policies_eligibility_firm_sizes\`;`)
  await db.run(sql`DROP TABLE \`policies_eligibility_project_types\`;`)
  await db.run(sql`DROP TABLE \`policies_eligibility_counties\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_eligibility_firm_sizes\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_eligibility_project_types\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_eligibility_counties\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies_rels\`("id", "order", "parent_id", "path", "industries_id", "media_id") SELECT "id", "order", "parent_id", "path", "industries_id", "media_id" FROM \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies_rels\` RENAME TO \`policies_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_industries_id_idx\` ON \`policies_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v_rels\`("id", "order", "parent_id", "path", "industries_id", "media_id") SELECT "id", "order", "parent_id", "path", "industries_id", "media_id" FROM \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v_rels\` RENAME TO \`_policies_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_industries_id_idx\` ON \`_policies_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`DROP INDEX \`policies_benefits_type_idx\`;`)
  await db.run(sql`ALTER TABLE \`policies_benefits\` DROP COLUMN \`type\`;`)
  await db.run(sql`DROP INDEX \`_policies_v_version_benefits_type_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v_version_benefits\` DROP COLUMN \`type\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_land_price\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_factory_rent\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_wage\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_electricity\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_water\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_as_of\`;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` DROP COLUMN \`data_note\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_land_price\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_factory_rent\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_wage\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_electricity\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_water\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_as_of\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v_locales\` DROP COLUMN \`version_data_note\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`eligibility_minimum_jobs\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`eligibility_minimum_revenue\`;`)
  await db.run(sql`ALTER TABLE \`policies_locales\` DROP COLUMN \`how_to_apply\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_eligibility_minimum_jobs\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_eligibility_minimum_revenue\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` DROP COLUMN \`version_how_to_apply\`;`)
}
