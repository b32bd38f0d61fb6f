import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`home_charts_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_charts_points_order_idx\` ON \`home_charts_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_charts_points_parent_id_idx\` ON \`home_charts_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_charts_points_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_charts_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_charts_points_locales_locale_parent_id_unique\` ON \`home_charts_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_charts_points_locales_parent_idx\` ON \`home_charts_points_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`data\` text DEFAULT 'series',
  	\`as_of\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_charts_order_idx\` ON \`home_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_charts_parent_id_idx\` ON \`home_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_charts_locales\` (
  	\`title\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_charts_locales_locale_parent_id_unique\` ON \`home_charts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_charts_locales_parent_idx\` ON \`home_charts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_charts_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_points_order_idx\` ON \`_home_v_version_charts_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_points_parent_id_idx\` ON \`_home_v_version_charts_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_charts_points_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v_version_charts_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_v_version_charts_points_locales_locale_parent_id_uniqu\` ON \`_home_v_version_charts_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_points_locales_parent_idx\` ON \`_home_v_version_charts_points_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_charts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`data\` text DEFAULT 'series',
  	\`as_of\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_order_idx\` ON \`_home_v_version_charts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_parent_id_idx\` ON \`_home_v_version_charts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_v_version_charts_locales\` (
  	\`title\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_v_version_charts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_home_v_version_charts_locales_locale_parent_id_unique\` ON \`_home_v_version_charts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_v_version_charts_locales_parent_idx\` ON \`_home_v_version_charts_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`home_charts_points\`;`)
  await db.run(sql`DROP TABLE \`home_charts_points_locales\`;`)
  await db.run(sql`DROP TABLE \`home_charts\`;`)
  await db.run(sql`DROP TABLE \`home_charts_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_charts_points\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_charts_points_locales\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_charts\`;`)
  await db.run(sql`DROP TABLE \`_home_v_version_charts_locales\`;`)
}
