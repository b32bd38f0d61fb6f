import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "parks" ADD COLUMN "costs_land_price_max" numeric;
  ALTER TABLE "parks" ADD COLUMN "costs_factory_rent_max" numeric;
  ALTER TABLE "parks" ADD COLUMN "costs_wage_max" numeric;
  ALTER TABLE "parks" ADD COLUMN "costs_electricity_max" numeric;
  ALTER TABLE "parks" ADD COLUMN "costs_water_max" numeric;
  ALTER TABLE "_parks_v" ADD COLUMN "version_costs_land_price_max" numeric;
  ALTER TABLE "_parks_v" ADD COLUMN "version_costs_factory_rent_max" numeric;
  ALTER TABLE "_parks_v" ADD COLUMN "version_costs_wage_max" numeric;
  ALTER TABLE "_parks_v" ADD COLUMN "version_costs_electricity_max" numeric;
  ALTER TABLE "_parks_v" ADD COLUMN "version_costs_water_max" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "parks" DROP COLUMN "costs_land_price_max";
  ALTER TABLE "parks" DROP COLUMN "costs_factory_rent_max";
  ALTER TABLE "parks" DROP COLUMN "costs_wage_max";
  ALTER TABLE "parks" DROP COLUMN "costs_electricity_max";
  ALTER TABLE "parks" DROP COLUMN "costs_water_max";
  ALTER TABLE "_parks_v" DROP COLUMN "version_costs_land_price_max";
  ALTER TABLE "_parks_v" DROP COLUMN "version_costs_factory_rent_max";
  ALTER TABLE "_parks_v" DROP COLUMN "version_costs_wage_max";
  ALTER TABLE "_parks_v" DROP COLUMN "version_costs_electricity_max";
  ALTER TABLE "_parks_v" DROP COLUMN "version_costs_water_max";`)
}
