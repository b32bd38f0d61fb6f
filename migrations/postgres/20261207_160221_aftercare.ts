import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enquiries_kind" AS ENUM('investment', 'aftercare');
  CREATE TYPE "public"."enum_enquiries_aftercare_category" AS ENUM('permits', 'utilities', 'staffing', 'logistics', 'policy', 'other');
  ALTER TABLE "enquiries" ADD COLUMN "kind" "enum_enquiries_kind" DEFAULT 'investment';
  ALTER TABLE "enquiries" ADD COLUMN "aftercare_category" "enum_enquiries_aftercare_category";
  CREATE INDEX "enquiries_kind_idx" ON "enquiries" USING btree ("kind");
  CREATE INDEX "enquiries_aftercare_category_idx" ON "enquiries" USING btree ("aftercare_category");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "enquiries_kind_idx";
  DROP INDEX "enquiries_aftercare_category_idx";
  ALTER TABLE "enquiries" DROP COLUMN "kind";
  ALTER TABLE "enquiries" DROP COLUMN "aftercare_category";
  DROP TYPE "public"."enum_enquiries_kind";
  DROP TYPE "public"."enum_enquiries_aftercare_category";`)
}
