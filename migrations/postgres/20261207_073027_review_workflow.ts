import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_requests_target" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages', 'home', 'site-settings');
  CREATE TYPE "public"."enum_review_requests_state" AS ENUM('waiting', 'sentBack', 'published', 'replaced', 'withdrawn');
  CREATE TYPE "public"."enum_working_calendar_days_kind" AS ENUM('holiday', 'workday');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reviewReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reviewReminders' BEFORE 'schedulePublish';
  CREATE TABLE "review_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"target" "enum_review_requests_target" NOT NULL,
  	"document_id" varchar,
  	"state" "enum_review_requests_state" DEFAULT 'waiting',
  	"note" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_name" varchar,
  	"decision_note" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_name" varchar,
  	"version_id" varchar,
  	"open_key" varchar,
  	"reminded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "working_calendar_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"kind" "enum_working_calendar_days_kind" DEFAULT 'holiday' NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "working_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_requests_id" integer;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_calendar_days" ADD CONSTRAINT "working_calendar_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_requests_target_idx" ON "review_requests" USING btree ("target");
  CREATE INDEX "review_requests_document_id_idx" ON "review_requests" USING btree ("document_id");
  CREATE INDEX "review_requests_state_idx" ON "review_requests" USING btree ("state");
  CREATE INDEX "review_requests_submitted_by_idx" ON "review_requests" USING btree ("submitted_by_id");
  CREATE INDEX "review_requests_submitted_at_idx" ON "review_requests" USING btree ("submitted_at");
  CREATE INDEX "review_requests_decided_by_idx" ON "review_requests" USING btree ("decided_by_id");
  CREATE UNIQUE INDEX "review_requests_open_key_idx" ON "review_requests" USING btree ("open_key");
  CREATE INDEX "review_requests_updated_at_idx" ON "review_requests" USING btree ("updated_at");
  CREATE INDEX "review_requests_created_at_idx" ON "review_requests" USING btree ("created_at");
  CREATE INDEX "working_calendar_days_order_idx" ON "working_calendar_days" USING btree ("_order");
  CREATE INDEX "working_calendar_days_parent_id_idx" ON "working_calendar_days" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_requests_fk" FOREIGN KEY ("review_requests_id") REFERENCES "public"."review_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("review_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "working_calendar_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "working_calendar" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_requests" CASCADE;
  DROP TABLE "working_calendar_days" CASCADE;
  DROP TABLE "working_calendar" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_requests_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_review_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_requests_id";
  DROP TYPE "public"."enum_review_requests_target";
  DROP TYPE "public"."enum_review_requests_state";
  DROP TYPE "public"."enum_working_calendar_days_kind";`)
}
