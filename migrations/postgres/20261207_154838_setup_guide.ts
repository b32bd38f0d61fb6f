import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_setup_guide_steps_routes" AS ENUM('company', 'branch', 'foreign');
  CREATE TYPE "public"."enum_setup_guide_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__setup_guide_v_version_steps_routes" AS ENUM('company', 'branch', 'foreign');
  CREATE TYPE "public"."enum__setup_guide_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__setup_guide_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TABLE "setup_guide_steps_routes" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_setup_guide_steps_routes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "setup_guide_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"online_service" varchar,
  	"days_min" numeric,
  	"days_max" numeric,
  	"sample" boolean DEFAULT true
  );
  
  CREATE TABLE "setup_guide_steps_locales" (
  	"title" varchar,
  	"agency" varchar,
  	"documents" varchar,
  	"fees" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "setup_guide" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reviewed_translations" jsonb,
  	"_status" "enum_setup_guide_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "setup_guide_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_setup_guide_v_version_steps_routes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__setup_guide_v_version_steps_routes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_setup_guide_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"online_service" varchar,
  	"days_min" numeric,
  	"days_max" numeric,
  	"sample" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_setup_guide_v_version_steps_locales" (
  	"title" varchar,
  	"agency" varchar,
  	"documents" varchar,
  	"fees" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_setup_guide_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_reviewed_translations" jsonb,
  	"version__status" "enum__setup_guide_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__setup_guide_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_setup_guide_v_locales" (
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "setup_guide_steps_routes" ADD CONSTRAINT "setup_guide_steps_routes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."setup_guide_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "setup_guide_steps" ADD CONSTRAINT "setup_guide_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."setup_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "setup_guide_steps_locales" ADD CONSTRAINT "setup_guide_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."setup_guide_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "setup_guide_locales" ADD CONSTRAINT "setup_guide_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."setup_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_setup_guide_v_version_steps_routes" ADD CONSTRAINT "_setup_guide_v_version_steps_routes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_setup_guide_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_setup_guide_v_version_steps" ADD CONSTRAINT "_setup_guide_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_setup_guide_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_setup_guide_v_version_steps_locales" ADD CONSTRAINT "_setup_guide_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_setup_guide_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_setup_guide_v_locales" ADD CONSTRAINT "_setup_guide_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_setup_guide_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "setup_guide_steps_routes_order_idx" ON "setup_guide_steps_routes" USING btree ("order");
  CREATE INDEX "setup_guide_steps_routes_parent_idx" ON "setup_guide_steps_routes" USING btree ("parent_id");
  CREATE INDEX "setup_guide_steps_order_idx" ON "setup_guide_steps" USING btree ("_order");
  CREATE INDEX "setup_guide_steps_parent_id_idx" ON "setup_guide_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "setup_guide_steps_locales_locale_parent_id_unique" ON "setup_guide_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "setup_guide_steps_locales_parent_idx" ON "setup_guide_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "setup_guide__status_idx" ON "setup_guide" USING btree ("_status");
  CREATE UNIQUE INDEX "setup_guide_locales_locale_parent_id_unique" ON "setup_guide_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "setup_guide_locales_parent_idx" ON "setup_guide_locales" USING btree ("_parent_id");
  CREATE INDEX "_setup_guide_v_version_steps_routes_order_idx" ON "_setup_guide_v_version_steps_routes" USING btree ("order");
  CREATE INDEX "_setup_guide_v_version_steps_routes_parent_idx" ON "_setup_guide_v_version_steps_routes" USING btree ("parent_id");
  CREATE INDEX "_setup_guide_v_version_steps_order_idx" ON "_setup_guide_v_version_steps" USING btree ("_order");
  CREATE INDEX "_setup_guide_v_version_steps_parent_id_idx" ON "_setup_guide_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_setup_guide_v_version_steps_locales_locale_parent_id_unique" ON "_setup_guide_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_setup_guide_v_version_steps_locales_parent_idx" ON "_setup_guide_v_version_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "_setup_guide_v_version_version__status_idx" ON "_setup_guide_v" USING btree ("version__status");
  CREATE INDEX "_setup_guide_v_created_at_idx" ON "_setup_guide_v" USING btree ("created_at");
  CREATE INDEX "_setup_guide_v_updated_at_idx" ON "_setup_guide_v" USING btree ("updated_at");
  CREATE INDEX "_setup_guide_v_snapshot_idx" ON "_setup_guide_v" USING btree ("snapshot");
  CREATE INDEX "_setup_guide_v_published_locale_idx" ON "_setup_guide_v" USING btree ("published_locale");
  CREATE INDEX "_setup_guide_v_latest_idx" ON "_setup_guide_v" USING btree ("latest");
  CREATE INDEX "_setup_guide_v_autosave_idx" ON "_setup_guide_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_setup_guide_v_locales_locale_parent_id_unique" ON "_setup_guide_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_setup_guide_v_locales_parent_idx" ON "_setup_guide_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "setup_guide_steps_routes" CASCADE;
  DROP TABLE "setup_guide_steps" CASCADE;
  DROP TABLE "setup_guide_steps_locales" CASCADE;
  DROP TABLE "setup_guide" CASCADE;
  DROP TABLE "setup_guide_locales" CASCADE;
  DROP TABLE "_setup_guide_v_version_steps_routes" CASCADE;
  DROP TABLE "_setup_guide_v_version_steps" CASCADE;
  DROP TABLE "_setup_guide_v_version_steps_locales" CASCADE;
  DROP TABLE "_setup_guide_v" CASCADE;
  DROP TABLE "_setup_guide_v_locales" CASCADE;
  DROP TYPE "public"."enum_setup_guide_steps_routes";
  DROP TYPE "public"."enum_setup_guide_status";
  DROP TYPE "public"."enum__setup_guide_v_version_steps_routes";
  DROP TYPE "public"."enum__setup_guide_v_version_status";
  DROP TYPE "public"."enum__setup_guide_v_published_locale";`)
}
