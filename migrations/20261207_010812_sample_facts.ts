import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`parks_sample_facts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_sample_facts_order_idx\` ON \`parks_sample_facts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`parks_sample_facts_parent_idx\` ON \`parks_sample_facts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_sample_facts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_parks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_parks_v_version_sample_facts_order_idx\` ON \`_parks_v_version_sample_facts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_sample_facts_parent_idx\` ON \`_parks_v_version_sample_facts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_sample_facts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_sample_facts_order_idx\` ON \`cases_sample_facts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_sample_facts_parent_idx\` ON \`cases_sample_facts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_sample_facts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_sample_facts_order_idx\` ON \`_cases_v_version_sample_facts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_sample_facts_parent_idx\` ON \`_cases_v_version_sample_facts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`parks_sample_facts\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_sample_facts\`;`)
  await db.run(sql`DROP TABLE \`cases_sample_facts\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_sample_facts\`;`)
}
