import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_parks_sample_facts" AS ENUM('level', 'area', 'costs', 'sites', 'travel');
  CREATE TYPE "public"."enum__parks_v_version_sample_facts" AS ENUM('level', 'area', 'costs', 'sites', 'travel');
  CREATE TYPE "public"."enum_cases_sample_facts" AS ENUM('origin', 'industry');
  CREATE TYPE "public"."enum__cases_v_version_sample_facts" AS ENUM('origin', 'industry');
  CREATE TABLE "parks_sample_facts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_parks_sample_facts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_parks_v_version_sample_facts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__parks_v_version_sample_facts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cases_sample_facts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cases_sample_facts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_cases_v_version_sample_facts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__cases_v_version_sample_facts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "parks_sample_facts" ADD CONSTRAINT "parks_sample_facts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_sample_facts" ADD CONSTRAINT "_parks_v_version_sample_facts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_sample_facts" ADD CONSTRAINT "cases_sample_facts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_sample_facts" ADD CONSTRAINT "_cases_v_version_sample_facts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parks_sample_facts_order_idx" ON "parks_sample_facts" USING btree ("order");
  CREATE INDEX "parks_sample_facts_parent_idx" ON "parks_sample_facts" USING btree ("parent_id");
  CREATE INDEX "_parks_v_version_sample_facts_order_idx" ON "_parks_v_version_sample_facts" USING btree ("order");
  CREATE INDEX "_parks_v_version_sample_facts_parent_idx" ON "_parks_v_version_sample_facts" USING btree ("parent_id");
  CREATE INDEX "cases_sample_facts_order_idx" ON "cases_sample_facts" USING btree ("order");
  CREATE INDEX "cases_sample_facts_parent_idx" ON "cases_sample_facts" USING btree ("parent_id");
  CREATE INDEX "_cases_v_version_sample_facts_order_idx" ON "_cases_v_version_sample_facts" USING btree ("order");
  CREATE INDEX "_cases_v_version_sample_facts_parent_idx" ON "_cases_v_version_sample_facts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "parks_sample_facts" CASCADE;
  DROP TABLE "_parks_v_version_sample_facts" CASCADE;
  DROP TABLE "cases_sample_facts" CASCADE;
  DROP TABLE "_cases_v_version_sample_facts" CASCADE;
  DROP TYPE "public"."enum_parks_sample_facts";
  DROP TYPE "public"."enum__parks_v_version_sample_facts";
  DROP TYPE "public"."enum_cases_sample_facts";
  DROP TYPE "public"."enum__cases_v_version_sample_facts";`)
}
