import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_locales" ADD COLUMN "data_licence" varchar;
  ALTER TABLE "_site_settings_v_locales" ADD COLUMN "version_data_licence" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_locales" DROP COLUMN "data_licence";
  ALTER TABLE "_site_settings_v_locales" DROP COLUMN "version_data_licence";`)
}
