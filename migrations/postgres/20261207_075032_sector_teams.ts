import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'overdueEnquiries' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'overdueEnquiries' BEFORE 'schedulePublish';
  CREATE TABLE "teams_officers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"user_id" integer
  );
  
  CREATE TABLE "teams_officers_locales" (
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "teams" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lead_id" integer,
  	"sample" boolean,
  	"reviewed_translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "teams_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "teams_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  ALTER TABLE "enquiries" ADD COLUMN "team_id" integer;
  ALTER TABLE "enquiries" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "overdue" boolean;
  ALTER TABLE "enquiries" ADD COLUMN "overdue_mailed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "teams_id" integer;
  ALTER TABLE "working_calendar" ADD COLUMN "enquiry_reply_days" numeric DEFAULT 1;
  ALTER TABLE "teams_officers" ADD CONSTRAINT "teams_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teams_officers" ADD CONSTRAINT "teams_officers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams_officers_locales" ADD CONSTRAINT "teams_officers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."teams_officers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams" ADD CONSTRAINT "teams_lead_id_users_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teams_locales" ADD CONSTRAINT "teams_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams_rels" ADD CONSTRAINT "teams_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams_rels" ADD CONSTRAINT "teams_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "teams_officers_order_idx" ON "teams_officers" USING btree ("_order");
  CREATE INDEX "teams_officers_parent_id_idx" ON "teams_officers" USING btree ("_parent_id");
  CREATE INDEX "teams_officers_user_idx" ON "teams_officers" USING btree ("user_id");
  CREATE UNIQUE INDEX "teams_officers_locales_locale_parent_id_unique" ON "teams_officers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "teams_officers_locales_parent_idx" ON "teams_officers_locales" USING btree ("_parent_id");
  CREATE INDEX "teams_lead_idx" ON "teams" USING btree ("lead_id");
  CREATE INDEX "teams_updated_at_idx" ON "teams" USING btree ("updated_at");
  CREATE INDEX "teams_created_at_idx" ON "teams" USING btree ("created_at");
  CREATE UNIQUE INDEX "teams_locales_locale_parent_id_unique" ON "teams_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "teams_locales_parent_idx" ON "teams_locales" USING btree ("_parent_id");
  CREATE INDEX "teams_rels_order_idx" ON "teams_rels" USING btree ("order");
  CREATE INDEX "teams_rels_parent_idx" ON "teams_rels" USING btree ("parent_id");
  CREATE INDEX "teams_rels_path_idx" ON "teams_rels" USING btree ("path");
  CREATE INDEX "teams_rels_industries_id_idx" ON "teams_rels" USING btree ("industries_id");
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "enquiries_team_idx" ON "enquiries" USING btree ("team_id");
  CREATE INDEX "enquiries_due_at_idx" ON "enquiries" USING btree ("due_at");
  CREATE INDEX "enquiries_overdue_idx" ON "enquiries" USING btree ("overdue");
  CREATE INDEX "payload_locked_documents_rels_teams_id_idx" ON "payload_locked_documents_rels" USING btree ("teams_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "teams_officers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teams_officers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teams" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teams_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teams_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "teams_officers" CASCADE;
  DROP TABLE "teams_officers_locales" CASCADE;
  DROP TABLE "teams" CASCADE;
  DROP TABLE "teams_locales" CASCADE;
  DROP TABLE "teams_rels" CASCADE;
  ALTER TABLE "enquiries" DROP CONSTRAINT "enquiries_team_id_teams_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_teams_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'reviewReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'reviewReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "enquiries_team_idx";
  DROP INDEX "enquiries_due_at_idx";
  DROP INDEX "enquiries_overdue_idx";
  DROP INDEX "payload_locked_documents_rels_teams_id_idx";
  ALTER TABLE "enquiries" DROP COLUMN "team_id";
  ALTER TABLE "enquiries" DROP COLUMN "due_at";
  ALTER TABLE "enquiries" DROP COLUMN "overdue";
  ALTER TABLE "enquiries" DROP COLUMN "overdue_mailed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "teams_id";
  ALTER TABLE "working_calendar" DROP COLUMN "enquiry_reply_days";`)
}
