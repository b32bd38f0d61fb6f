import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_land_price_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_factory_rent_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_wage_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_electricity_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`costs_water_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_land_price_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_factory_rent_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_wage_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_electricity_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_costs_water_max\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_land_price_max\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_factory_rent_max\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_wage_max\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_electricity_max\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`costs_water_max\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_land_price_max\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_factory_rent_max\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_wage_max\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_electricity_max\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_costs_water_max\`;`)
}
