import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_parks_sample_facts" ADD VALUE 'location';
  ALTER TYPE "public"."enum__parks_v_version_sample_facts" ADD VALUE 'location';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The value leaves the type: the marks that use it go first.
  await db.execute(sql`
   DELETE FROM "parks_sample_facts" WHERE "value" = 'location';
  DELETE FROM "_parks_v_version_sample_facts" WHERE "value" = 'location';
   ALTER TABLE "parks_sample_facts" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_parks_sample_facts";
  CREATE TYPE "public"."enum_parks_sample_facts" AS ENUM('level', 'area', 'costs', 'sites', 'travel');
  ALTER TABLE "parks_sample_facts" ALTER COLUMN "value" SET DATA TYPE "public"."enum_parks_sample_facts" USING "value"::"public"."enum_parks_sample_facts";
  ALTER TABLE "_parks_v_version_sample_facts" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__parks_v_version_sample_facts";
  CREATE TYPE "public"."enum__parks_v_version_sample_facts" AS ENUM('level', 'area', 'costs', 'sites', 'travel');
  ALTER TABLE "_parks_v_version_sample_facts" ALTER COLUMN "value" SET DATA TYPE "public"."enum__parks_v_version_sample_facts" USING "value"::"public"."enum__parks_v_version_sample_facts";`)
}
