import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_section" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'removeEmptyDrafts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'removeEmptyDrafts' BEFORE 'schedulePublish';
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"section" "enum_redirects_section" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "parks" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_parks_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "policies" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_policies_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "cases" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_cases_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "industries" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_industries_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "news" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_news_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_slug_by_hand" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  CREATE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_to_idx" ON "redirects" USING btree ("to");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE UNIQUE INDEX "section_from_idx" ON "redirects" USING btree ("section","from");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'reviewReminders', 'overdueEnquiries', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'reviewReminders', 'overdueEnquiries', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "parks" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_parks_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "policies" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_policies_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "events" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_events_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "cases" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_cases_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "industries" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_industries_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "news" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_news_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "pages" DROP COLUMN "slug_by_hand";
  ALTER TABLE "_pages_v" DROP COLUMN "version_slug_by_hand";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_redirects_section";`)
}
