import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_mode" AS ENUM('equity', 'joint_venture', 'sole', 'ppp', 'lease');
  CREATE TYPE "public"."enum_projects_county" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum_projects_stage" AS ENUM('planning', 'feasibility', 'approved', 'under_way');
  CREATE TYPE "public"."enum_projects_land_status" AS ENUM('ready', 'in_progress', 'to_acquire', 'not_needed');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_mode" AS ENUM('equity', 'joint_venture', 'sole', 'ppp', 'lease');
  CREATE TYPE "public"."enum__projects_v_version_county" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum__projects_v_version_stage" AS ENUM('planning', 'feasibility', 'approved', 'under_way');
  CREATE TYPE "public"."enum__projects_v_version_land_status" AS ENUM('ready', 'in_progress', 'to_acquire', 'not_needed');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  ALTER TYPE "public"."enum_search_index_section" ADD VALUE 'projects' BEFORE 'industries';
  ALTER TYPE "public"."enum_review_requests_target" ADD VALUE 'projects' BEFORE 'industries';
  ALTER TYPE "public"."enum_redirects_section" ADD VALUE 'projects' BEFORE 'industries';
  ALTER TYPE "public"."enum_site_settings_require_both_languages" ADD VALUE 'projects' BEFORE 'industries';
  ALTER TYPE "public"."enum__site_settings_v_version_require_both_languages" ADD VALUE 'projects' BEFORE 'industries';
  CREATE TABLE "projects_mode" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_mode",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sample" boolean DEFAULT false,
  	"industry_id" integer,
  	"county" "enum_projects_county",
  	"park_id" integer,
  	"total_investment" numeric,
  	"investment_sought" numeric,
  	"stage" "enum_projects_stage",
  	"land_status" "enum_projects_land_status",
  	"team_id" integer,
  	"valid_until" timestamp(3) with time zone,
  	"slug" varchar,
  	"slug_by_hand" boolean DEFAULT false,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "projects_locales" (
  	"title" varchar,
  	"approvals" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_mode" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__projects_v_version_mode",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_sample" boolean DEFAULT false,
  	"version_industry_id" integer,
  	"version_county" "enum__projects_v_version_county",
  	"version_park_id" integer,
  	"version_total_investment" numeric,
  	"version_investment_sought" numeric,
  	"version_stage" "enum__projects_v_version_stage",
  	"version_land_status" "enum__projects_v_version_land_status",
  	"version_team_id" integer,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_slug_by_hand" boolean DEFAULT false,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__projects_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_projects_v_locales" (
  	"version_title" varchar,
  	"version_approvals" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "enquiries_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "projects_mode" ADD CONSTRAINT "projects_mode_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locales" ADD CONSTRAINT "projects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_mode" ADD CONSTRAINT "_projects_v_version_mode_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_industry_id_industries_id_fk" FOREIGN KEY ("version_industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_park_id_parks_id_fk" FOREIGN KEY ("version_park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_locales" ADD CONSTRAINT "_projects_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_mode_order_idx" ON "projects_mode" USING btree ("order");
  CREATE INDEX "projects_mode_parent_idx" ON "projects_mode" USING btree ("parent_id");
  CREATE INDEX "projects_industry_idx" ON "projects" USING btree ("industry_id");
  CREATE INDEX "projects_county_idx" ON "projects" USING btree ("county");
  CREATE INDEX "projects_park_idx" ON "projects" USING btree ("park_id");
  CREATE INDEX "projects_total_investment_idx" ON "projects" USING btree ("total_investment");
  CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage");
  CREATE INDEX "projects_team_idx" ON "projects" USING btree ("team_id");
  CREATE INDEX "projects_valid_until_idx" ON "projects" USING btree ("valid_until");
  CREATE UNIQUE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_zh_complete_idx" ON "projects" USING btree ("zh_complete");
  CREATE INDEX "projects_zh_hant_complete_idx" ON "projects" USING btree ("zh_hant_complete");
  CREATE INDEX "projects_en_complete_idx" ON "projects" USING btree ("en_complete");
  CREATE INDEX "projects_updated_by_idx" ON "projects" USING btree ("updated_by_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE UNIQUE INDEX "projects_locales_locale_parent_id_unique" ON "projects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "projects_locales_parent_idx" ON "projects_locales" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_version_mode_order_idx" ON "_projects_v_version_mode" USING btree ("order");
  CREATE INDEX "_projects_v_version_mode_parent_idx" ON "_projects_v_version_mode" USING btree ("parent_id");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_industry_idx" ON "_projects_v" USING btree ("version_industry_id");
  CREATE INDEX "_projects_v_version_version_county_idx" ON "_projects_v" USING btree ("version_county");
  CREATE INDEX "_projects_v_version_version_park_idx" ON "_projects_v" USING btree ("version_park_id");
  CREATE INDEX "_projects_v_version_version_total_investment_idx" ON "_projects_v" USING btree ("version_total_investment");
  CREATE INDEX "_projects_v_version_version_stage_idx" ON "_projects_v" USING btree ("version_stage");
  CREATE INDEX "_projects_v_version_version_team_idx" ON "_projects_v" USING btree ("version_team_id");
  CREATE INDEX "_projects_v_version_version_valid_until_idx" ON "_projects_v" USING btree ("version_valid_until");
  CREATE INDEX "_projects_v_version_version_slug_idx" ON "_projects_v" USING btree ("version_slug");
  CREATE INDEX "_projects_v_version_version_zh_complete_idx" ON "_projects_v" USING btree ("version_zh_complete");
  CREATE INDEX "_projects_v_version_version_zh_hant_complete_idx" ON "_projects_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_projects_v_version_version_en_complete_idx" ON "_projects_v" USING btree ("version_en_complete");
  CREATE INDEX "_projects_v_version_version_updated_by_idx" ON "_projects_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_snapshot_idx" ON "_projects_v" USING btree ("snapshot");
  CREATE INDEX "_projects_v_published_locale_idx" ON "_projects_v" USING btree ("published_locale");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE INDEX "_projects_v_autosave_idx" ON "_projects_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_projects_v_locales_locale_parent_id_unique" ON "_projects_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_projects_v_locales_parent_idx" ON "_projects_v_locales" USING btree ("_parent_id");
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "enquiries_rels_projects_id_idx" ON "enquiries_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "projects_mode" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v_version_mode" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "projects_mode" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_locales" CASCADE;
  DROP TABLE "_projects_v_version_mode" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "_projects_v_locales" CASCADE;
  ALTER TABLE "enquiries_rels" DROP CONSTRAINT "enquiries_rels_projects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_projects_fk";
  
  ALTER TABLE "search_index" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_index_section";
  CREATE TYPE "public"."enum_search_index_section" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  ALTER TABLE "search_index" ALTER COLUMN "section" SET DATA TYPE "public"."enum_search_index_section" USING "section"::"public"."enum_search_index_section";
  ALTER TABLE "review_requests" ALTER COLUMN "target" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_requests_target";
  CREATE TYPE "public"."enum_review_requests_target" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages', 'home', 'site-settings');
  ALTER TABLE "review_requests" ALTER COLUMN "target" SET DATA TYPE "public"."enum_review_requests_target" USING "target"::"public"."enum_review_requests_target";
  ALTER TABLE "redirects" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_redirects_section";
  CREATE TYPE "public"."enum_redirects_section" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  ALTER TABLE "redirects" ALTER COLUMN "section" SET DATA TYPE "public"."enum_redirects_section" USING "section"::"public"."enum_redirects_section";
  ALTER TABLE "site_settings_require_both_languages" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_settings_require_both_languages";
  CREATE TYPE "public"."enum_site_settings_require_both_languages" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  ALTER TABLE "site_settings_require_both_languages" ALTER COLUMN "value" SET DATA TYPE "public"."enum_site_settings_require_both_languages" USING "value"::"public"."enum_site_settings_require_both_languages";
  ALTER TABLE "_site_settings_v_version_require_both_languages" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__site_settings_v_version_require_both_languages";
  CREATE TYPE "public"."enum__site_settings_v_version_require_both_languages" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  ALTER TABLE "_site_settings_v_version_require_both_languages" ALTER COLUMN "value" SET DATA TYPE "public"."enum__site_settings_v_version_require_both_languages" USING "value"::"public"."enum__site_settings_v_version_require_both_languages";
  DROP INDEX "enquiries_rels_projects_id_idx";
  DROP INDEX "payload_locked_documents_rels_projects_id_idx";
  ALTER TABLE "enquiries_rels" DROP COLUMN "projects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "projects_id";
  DROP TYPE "public"."enum_projects_mode";
  DROP TYPE "public"."enum_projects_county";
  DROP TYPE "public"."enum_projects_stage";
  DROP TYPE "public"."enum_projects_land_status";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_mode";
  DROP TYPE "public"."enum__projects_v_version_county";
  DROP TYPE "public"."enum__projects_v_version_stage";
  DROP TYPE "public"."enum__projects_v_version_land_status";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum__projects_v_published_locale";`)
}
