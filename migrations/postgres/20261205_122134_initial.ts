import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_parks_key_figures_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum_parks_key_figures_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum_parks_sites_kind" AS ENUM('land', 'factory');
  CREATE TYPE "public"."enum_parks_sites_status" AS ENUM('available', 'reserved', 'building');
  CREATE TYPE "public"."enum_parks_sites_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum_parks_logistics_destination" AS ENUM('shenzhen', 'guangzhou', 'hong-kong', 'yantian', 'rail', 'airport');
  CREATE TYPE "public"."enum_parks_logistics_mode" AS ENUM('road', 'rail');
  CREATE TYPE "public"."enum_parks_county" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum_parks_level" AS ENUM('national', 'provincial', 'municipal', 'cooperation');
  CREATE TYPE "public"."enum_parks_planned_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum_parks_built_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum_parks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__parks_v_version_key_figures_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum__parks_v_version_key_figures_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum__parks_v_version_sites_kind" AS ENUM('land', 'factory');
  CREATE TYPE "public"."enum__parks_v_version_sites_status" AS ENUM('available', 'reserved', 'building');
  CREATE TYPE "public"."enum__parks_v_version_sites_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum__parks_v_version_logistics_destination" AS ENUM('shenzhen', 'guangzhou', 'hong-kong', 'yantian', 'rail', 'airport');
  CREATE TYPE "public"."enum__parks_v_version_logistics_mode" AS ENUM('road', 'rail');
  CREATE TYPE "public"."enum__parks_v_version_county" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum__parks_v_version_level" AS ENUM('national', 'provincial', 'municipal', 'cooperation');
  CREATE TYPE "public"."enum__parks_v_version_planned_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum__parks_v_version_built_area_unit" AS ENUM('km2', 'm2', 'mu', 'ha');
  CREATE TYPE "public"."enum__parks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__parks_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_policies_firm_origin" AS ENUM('any', 'guangdong', 'gba', 'shenzhen', 'hong-kong-macao');
  CREATE TYPE "public"."enum_policies_benefits_type" AS ENUM('tax', 'land', 'rent', 'equipment', 'talent', 'finance', 'logistics', 'rnd', 'services');
  CREATE TYPE "public"."enum_policies_eligibility_firm_sizes" AS ENUM('micro', 'small', 'medium', 'large');
  CREATE TYPE "public"."enum_policies_eligibility_project_types" AS ENUM('new', 'relocating', 'expansion');
  CREATE TYPE "public"."enum_policies_eligibility_counties" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum_policies_category" AS ENUM('tax', 'land', 'finance', 'talent', 'logistics', 'government-services', 'industry-support');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_firm_origin" AS ENUM('any', 'guangdong', 'gba', 'shenzhen', 'hong-kong-macao');
  CREATE TYPE "public"."enum__policies_v_version_benefits_type" AS ENUM('tax', 'land', 'rent', 'equipment', 'talent', 'finance', 'logistics', 'rnd', 'services');
  CREATE TYPE "public"."enum__policies_v_version_eligibility_firm_sizes" AS ENUM('micro', 'small', 'medium', 'large');
  CREATE TYPE "public"."enum__policies_v_version_eligibility_project_types" AS ENUM('new', 'relocating', 'expansion');
  CREATE TYPE "public"."enum__policies_v_version_eligibility_counties" AS ENUM('zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'longnan', 'ruijin', 'xinfeng', 'dayu', 'shangyou', 'chongyi', 'anyuan', 'dingnan', 'quannan', 'ningdu', 'yudu', 'xingguo', 'huichang', 'xunwu', 'shicheng', 'citywide', 'shenzhen-nanshan');
  CREATE TYPE "public"."enum__policies_v_version_category" AS ENUM('tax', 'land', 'finance', 'talent', 'logistics', 'government-services', 'industry-support');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_events_type" AS ENUM('promotion', 'roadshow', 'forum', 'visit', 'science-tech', 'culture');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_registration_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_events_registration_method" AS ENUM('builtin', 'link', 'none');
  CREATE TYPE "public"."enum_events_registration_deadline_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_type" AS ENUM('promotion', 'roadshow', 'forum', 'visit', 'science-tech', 'culture');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_registration_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum__events_v_version_registration_method" AS ENUM('builtin', 'link', 'none');
  CREATE TYPE "public"."enum__events_v_version_registration_deadline_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_cases_outcomes_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum_cases_outcomes_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum_cases_origin_city" AS ENUM('shenzhen', 'guangzhou', 'dongguan', 'foshan', 'zhuhai', 'huizhou', 'zhongshan', 'jiangmen', 'zhaoqing', 'hong-kong', 'macao', 'other-guangdong', 'other');
  CREATE TYPE "public"."enum_cases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_version_outcomes_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum__cases_v_version_outcomes_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum__cases_v_version_origin_city" AS ENUM('shenzhen', 'guangzhou', 'dongguan', 'foshan', 'zhuhai', 'huizhou', 'zhongshan', 'jiangmen', 'zhaoqing', 'hong-kong', 'macao', 'other-guangdong', 'other');
  CREATE TYPE "public"."enum__cases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_industries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_news_kind" AS ENUM('news', 'announcement', 'notice');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_kind" AS ENUM('news', 'announcement', 'notice');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_pages_kind" AS ENUM('guide', 'about', 'legal');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_kind" AS ENUM('guide', 'about', 'legal');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_enquiries_status" AS ENUM('new', 'contacted', 'site-visit', 'negotiating', 'signed', 'closed');
  CREATE TYPE "public"."enum_enquiries_preferred_language" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_enquiries_investment" AS ENUM('under-10m', '10m-50m', '50m-100m', '100m-500m', '500m-1b', 'over-1b', 'undecided');
  CREATE TYPE "public"."enum_enquiries_premises" AS ENUM('land', 'factory', 'office', 'warehouse', 'none', 'undecided');
  CREATE TYPE "public"."enum_enquiries_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_enquiries_notification" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_registrations_language" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_registrations_confirmation" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_search_index_section" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'anonymiseEnquiries', 'schedulePublish');
  CREATE TYPE "public"."enum_home_key_figures_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum_home_key_figures_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum_home_charts_data" AS ENUM('series', 'casesByIndustry', 'casesByOrigin');
  CREATE TYPE "public"."enum_home_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_version_key_figures_qualifier" AS ENUM('breakthrough', 'over', 'nearly', 'about');
  CREATE TYPE "public"."enum__home_v_version_key_figures_format" AS ENUM('number', 'yuan', 'percent');
  CREATE TYPE "public"."enum__home_v_version_charts_data" AS ENUM('series', 'casesByIndustry', 'casesByOrigin');
  CREATE TYPE "public"."enum__home_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TYPE "public"."enum_site_settings_require_both_languages" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  CREATE TYPE "public"."enum_site_settings_social_platform" AS ENUM('wechat', 'weibo', 'douyin', 'linkedin', 'website');
  CREATE TYPE "public"."enum_site_settings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_version_require_both_languages" AS ENUM('parks', 'policies', 'events', 'cases', 'industries', 'news', 'pages');
  CREATE TYPE "public"."enum__site_settings_v_version_social_platform" AS ENUM('wechat', 'weibo', 'douyin', 'linkedin', 'website');
  CREATE TYPE "public"."enum__site_settings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_published_locale" AS ENUM('zh', 'zh-hant', 'en');
  CREATE TABLE "parks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"qualifier" "enum_parks_key_figures_qualifier",
  	"value" numeric,
  	"format" "enum_parks_key_figures_format" DEFAULT 'number'
  );
  
  CREATE TABLE "parks_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "parks_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_parks_sites_kind",
  	"status" "enum_parks_sites_status" DEFAULT 'available',
  	"area_value" numeric,
  	"area_unit" "enum_parks_sites_area_unit" DEFAULT 'km2',
  	"ready_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "parks_sites_locales" (
  	"name" varchar,
  	"price" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "parks_logistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"destination" "enum_parks_logistics_destination",
  	"mode" "enum_parks_logistics_mode" DEFAULT 'road',
  	"minutes" numeric,
  	"km" numeric
  );
  
  CREATE TABLE "parks_logistics_locales" (
  	"place" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "parks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"county" "enum_parks_county",
  	"level" "enum_parks_level",
  	"planned_area_value" numeric,
  	"planned_area_unit" "enum_parks_planned_area_unit" DEFAULT 'km2',
  	"built_area_value" numeric,
  	"built_area_unit" "enum_parks_built_area_unit" DEFAULT 'km2',
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"costs_land_price" numeric,
  	"costs_factory_rent" numeric,
  	"costs_wage" numeric,
  	"costs_electricity" numeric,
  	"costs_water" numeric,
  	"costs_as_of" timestamp(3) with time zone,
  	"hero_image_id" integer,
  	"slug" varchar,
  	"last_verified" timestamp(3) with time zone,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_parks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "parks_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"location_address" varchar,
  	"contact_name" varchar,
  	"data_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "parks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"media_id" integer,
  	"policies_id" integer
  );
  
  CREATE TABLE "_parks_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"qualifier" "enum__parks_v_version_key_figures_qualifier",
  	"value" numeric,
  	"format" "enum__parks_v_version_key_figures_format" DEFAULT 'number',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_parks_v_version_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v_version_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__parks_v_version_sites_kind",
  	"status" "enum__parks_v_version_sites_status" DEFAULT 'available',
  	"area_value" numeric,
  	"area_unit" "enum__parks_v_version_sites_area_unit" DEFAULT 'km2',
  	"ready_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_parks_v_version_sites_locales" (
  	"name" varchar,
  	"price" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v_version_logistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"destination" "enum__parks_v_version_logistics_destination",
  	"mode" "enum__parks_v_version_logistics_mode" DEFAULT 'road',
  	"minutes" numeric,
  	"km" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_parks_v_version_logistics_locales" (
  	"place" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_county" "enum__parks_v_version_county",
  	"version_level" "enum__parks_v_version_level",
  	"version_planned_area_value" numeric,
  	"version_planned_area_unit" "enum__parks_v_version_planned_area_unit" DEFAULT 'km2',
  	"version_built_area_value" numeric,
  	"version_built_area_unit" "enum__parks_v_version_built_area_unit" DEFAULT 'km2',
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_costs_land_price" numeric,
  	"version_costs_factory_rent" numeric,
  	"version_costs_wage" numeric,
  	"version_costs_electricity" numeric,
  	"version_costs_water" numeric,
  	"version_costs_as_of" timestamp(3) with time zone,
  	"version_hero_image_id" integer,
  	"version_slug" varchar,
  	"version_last_verified" timestamp(3) with time zone,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__parks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__parks_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_parks_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_location_address" varchar,
  	"version_contact_name" varchar,
  	"version_data_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"media_id" integer,
  	"policies_id" integer
  );
  
  CREATE TABLE "policies_firm_origin" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policies_firm_origin",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policies_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_policies_benefits_type"
  );
  
  CREATE TABLE "policies_benefits_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "policies_eligibility_firm_sizes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policies_eligibility_firm_sizes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policies_eligibility_project_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policies_eligibility_project_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policies_eligibility_counties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policies_eligibility_counties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_number" varchar,
  	"category" "enum_policies_category",
  	"minimum_investment" numeric,
  	"effective_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"eligibility_minimum_jobs" numeric,
  	"eligibility_minimum_revenue" numeric,
  	"slug" varchar,
  	"last_verified" timestamp(3) with time zone,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_locales" (
  	"title" varchar,
  	"issuer" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"parks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_policies_v_version_firm_origin" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policies_v_version_firm_origin",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum__policies_v_version_benefits_type",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v_version_benefits_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_eligibility_firm_sizes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policies_v_version_eligibility_firm_sizes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_eligibility_project_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policies_v_version_eligibility_project_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_eligibility_counties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policies_v_version_eligibility_counties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_document_number" varchar,
  	"version_category" "enum__policies_v_version_category",
  	"version_minimum_investment" numeric,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_expiry_date" timestamp(3) with time zone,
  	"version_eligibility_minimum_jobs" numeric,
  	"version_eligibility_minimum_revenue" numeric,
  	"version_slug" varchar,
  	"version_last_verified" timestamp(3) with time zone,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policies_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_policies_v_locales" (
  	"version_title" varchar,
  	"version_issuer" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"parks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_events_type",
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"date_only" boolean DEFAULT false,
  	"cover_id" integer,
  	"registration_status" "enum_events_registration_status" DEFAULT 'closed',
  	"registration_method" "enum_events_registration_method" DEFAULT 'builtin',
  	"registration_capacity" numeric,
  	"registration_deadline" timestamp(3) with time zone,
  	"registration_deadline_tz" "enum_events_registration_deadline_tz" DEFAULT 'Asia/Shanghai',
  	"registration_url" varchar,
  	"slug" varchar,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"city" varchar,
  	"venue" varchar,
  	"organiser" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type" "enum__events_v_version_type",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_date_only" boolean DEFAULT false,
  	"version_cover_id" integer,
  	"version_registration_status" "enum__events_v_version_registration_status" DEFAULT 'closed',
  	"version_registration_method" "enum__events_v_version_registration_method" DEFAULT 'builtin',
  	"version_registration_capacity" numeric,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_registration_deadline_tz" "enum__events_v_version_registration_deadline_tz" DEFAULT 'Asia/Shanghai',
  	"version_registration_url" varchar,
  	"version_slug" varchar,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_city" varchar,
  	"version_venue" varchar,
  	"version_organiser" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer
  );
  
  CREATE TABLE "cases_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"qualifier" "enum_cases_outcomes_qualifier",
  	"value" numeric,
  	"format" "enum_cases_outcomes_format" DEFAULT 'number'
  );
  
  CREATE TABLE "cases_outcomes_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"origin_city" "enum_cases_origin_city",
  	"industry_id" integer,
  	"park_id" integer,
  	"investment_amount" numeric,
  	"investment_year" numeric,
  	"logo_id" integer,
  	"slug" varchar,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cases_locales" (
  	"company_name" varchar,
  	"summary" varchar,
  	"story" jsonb,
  	"quote_text" varchar,
  	"quote_attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cases_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"qualifier" "enum__cases_v_version_outcomes_qualifier",
  	"value" numeric,
  	"format" "enum__cases_v_version_outcomes_format" DEFAULT 'number',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cases_v_version_outcomes_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_origin_city" "enum__cases_v_version_origin_city",
  	"version_industry_id" integer,
  	"version_park_id" integer,
  	"version_investment_amount" numeric,
  	"version_investment_year" numeric,
  	"version_logo_id" integer,
  	"version_slug" varchar,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__cases_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_cases_v_locales" (
  	"version_company_name" varchar,
  	"version_summary" varchar,
  	"version_story" jsonb,
  	"version_quote_text" varchar,
  	"version_quote_attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "industries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon_id" integer,
  	"order" numeric DEFAULT 0,
  	"slug" varchar,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_industries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "industries_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_icon_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_slug" varchar,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__industries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__industries_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_industries_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_news_kind" DEFAULT 'news',
  	"date" timestamp(3) with time zone,
  	"cover_id" integer,
  	"slug" varchar,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"policies_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__news_v_version_kind" DEFAULT 'news',
  	"version_date" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"policies_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_pages_kind" DEFAULT 'guide',
  	"order" numeric DEFAULT 0,
  	"slug" varchar,
  	"translation_state" varchar,
  	"zh_complete" boolean,
  	"zh_hant_complete" boolean,
  	"en_complete" boolean,
  	"reviewed_translations" jsonb,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__pages_v_version_kind" DEFAULT 'guide',
  	"version_order" numeric DEFAULT 0,
  	"version_slug" varchar,
  	"version_translation_state" varchar,
  	"version_zh_complete" boolean,
  	"version_zh_hant_complete" boolean,
  	"version_en_complete" boolean,
  	"version_reviewed_translations" jsonb,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "enquiries_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"author_id" integer,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "enquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"status" "enum_enquiries_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"follow_up_date" timestamp(3) with time zone,
  	"company" varchar NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"preferred_language" "enum_enquiries_preferred_language",
  	"origin" varchar,
  	"industry_id" integer,
  	"investment" "enum_enquiries_investment",
  	"premises" "enum_enquiries_premises",
  	"message" varchar,
  	"consent" boolean,
  	"subject_title" varchar,
  	"source_page" varchar,
  	"locale" "enum_enquiries_locale",
  	"contacted_at" timestamp(3) with time zone,
  	"notification" "enum_enquiries_notification" DEFAULT 'pending',
  	"status_rank" numeric,
  	"ip_hash" varchar,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "enquiries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"policies_id" integer,
  	"cases_id" integer
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"event_id" integer NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"name" varchar NOT NULL,
  	"company" varchar NOT NULL,
  	"job_title" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"attendees" numeric DEFAULT 1 NOT NULL,
  	"language" "enum_registrations_language",
  	"checked_in" boolean DEFAULT false,
  	"checked_in_at" timestamp(3) with time zone,
  	"consent" boolean,
  	"confirmation" "enum_registrations_confirmation" DEFAULT 'pending',
  	"locale" "enum_registrations_locale",
  	"cancel_hash" varchar,
  	"ip_hash" varchar,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_seats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"taken" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reviewed_translations" jsonb,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "login_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account" varchar,
  	"address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"window_ends" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"section" "enum_search_index_section" NOT NULL,
  	"locale" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"text" varchar,
  	"terms" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"policies_id" integer,
  	"events_id" integer,
  	"cases_id" integer,
  	"industries_id" integer,
  	"news_id" integer,
  	"pages_id" integer,
  	"enquiries_id" integer,
  	"registrations_id" integer,
  	"event_seats_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"login_attempts_id" integer,
  	"rate_counters_id" integer,
  	"search_index_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "home_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"qualifier" "enum_home_key_figures_qualifier",
  	"value" numeric,
  	"format" "enum_home_key_figures_format" DEFAULT 'number',
  	"as_of" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_charts_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric
  );
  
  CREATE TABLE "home_charts_points_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_charts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"data" "enum_home_charts_data" DEFAULT 'series',
  	"as_of" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_charts_locales" (
  	"title" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"reviewed_translations" jsonb,
  	"_status" "enum_home_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_locales" (
  	"hero_title" varchar,
  	"hero_subtitle" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"cases_id" integer
  );
  
  CREATE TABLE "_home_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"qualifier" "enum__home_v_version_key_figures_qualifier",
  	"value" numeric,
  	"format" "enum__home_v_version_key_figures_format" DEFAULT 'number',
  	"as_of" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v_version_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v_version_charts_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v_version_charts_points_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v_version_charts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"data" "enum__home_v_version_charts_data" DEFAULT 'series',
  	"as_of" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v_version_charts_locales" (
  	"title" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_hero_image_id" integer,
  	"version_reviewed_translations" jsonb,
  	"version__status" "enum__home_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__home_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_home_v_locales" (
  	"version_hero_title" varchar,
  	"version_hero_subtitle" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"cases_id" integer
  );
  
  CREATE TABLE "site_settings_require_both_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_site_settings_require_both_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_platform",
  	"url" varchar
  );
  
  CREATE TABLE "site_settings_social_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"official_icp" varchar,
  	"official_icp_url" varchar DEFAULT 'https://beian.miit.gov.cn/',
  	"official_psb" varchar,
  	"official_psb_url" varchar,
  	"official_site_code" varchar,
  	"pages_about_id" integer,
  	"pages_privacy_id" integer,
  	"pages_terms_id" integer,
  	"pages_accessibility_id" integer,
  	"retention_months" numeric DEFAULT 24,
  	"reviewed_translations" jsonb,
  	"_status" "enum_site_settings_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar,
  	"tagline" varchar,
  	"contact_organisation" varchar,
  	"contact_address" varchar,
  	"contact_hours" varchar,
  	"official_sponsor" varchar,
  	"official_operator" varchar,
  	"official_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_settings_v_version_require_both_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__site_settings_v_version_require_both_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_site_settings_v_version_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_settings_v_version_footer_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_settings_v_version_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__site_settings_v_version_social_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_settings_v_version_social_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_official_icp" varchar,
  	"version_official_icp_url" varchar DEFAULT 'https://beian.miit.gov.cn/',
  	"version_official_psb" varchar,
  	"version_official_psb_url" varchar,
  	"version_official_site_code" varchar,
  	"version_pages_about_id" integer,
  	"version_pages_privacy_id" integer,
  	"version_pages_terms_id" integer,
  	"version_pages_accessibility_id" integer,
  	"version_retention_months" numeric DEFAULT 24,
  	"version_reviewed_translations" jsonb,
  	"version__status" "enum__site_settings_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__site_settings_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_site_settings_v_locales" (
  	"version_site_name" varchar,
  	"version_tagline" varchar,
  	"version_contact_organisation" varchar,
  	"version_contact_address" varchar,
  	"version_contact_hours" varchar,
  	"version_official_sponsor" varchar,
  	"version_official_operator" varchar,
  	"version_official_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "parks_key_figures" ADD CONSTRAINT "parks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_key_figures_locales" ADD CONSTRAINT "parks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_sites" ADD CONSTRAINT "parks_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_sites_locales" ADD CONSTRAINT "parks_sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_logistics" ADD CONSTRAINT "parks_logistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_logistics_locales" ADD CONSTRAINT "parks_logistics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks_logistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks" ADD CONSTRAINT "parks_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parks" ADD CONSTRAINT "parks_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parks_locales" ADD CONSTRAINT "parks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_key_figures" ADD CONSTRAINT "_parks_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_key_figures_locales" ADD CONSTRAINT "_parks_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_sites" ADD CONSTRAINT "_parks_v_version_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_sites_locales" ADD CONSTRAINT "_parks_v_version_sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v_version_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_logistics" ADD CONSTRAINT "_parks_v_version_logistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_logistics_locales" ADD CONSTRAINT "_parks_v_version_logistics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v_version_logistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v" ADD CONSTRAINT "_parks_v_parent_id_parks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v" ADD CONSTRAINT "_parks_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v" ADD CONSTRAINT "_parks_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v_locales" ADD CONSTRAINT "_parks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_firm_origin" ADD CONSTRAINT "policies_firm_origin_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_benefits" ADD CONSTRAINT "policies_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_benefits_locales" ADD CONSTRAINT "policies_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_eligibility_firm_sizes" ADD CONSTRAINT "policies_eligibility_firm_sizes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_eligibility_project_types" ADD CONSTRAINT "policies_eligibility_project_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_eligibility_counties" ADD CONSTRAINT "policies_eligibility_counties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_locales" ADD CONSTRAINT "policies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_firm_origin" ADD CONSTRAINT "_policies_v_version_firm_origin_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_benefits" ADD CONSTRAINT "_policies_v_version_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_benefits_locales" ADD CONSTRAINT "_policies_v_version_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v_version_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_eligibility_firm_sizes" ADD CONSTRAINT "_policies_v_version_eligibility_firm_sizes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_eligibility_project_types" ADD CONSTRAINT "_policies_v_version_eligibility_project_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_eligibility_counties" ADD CONSTRAINT "_policies_v_version_eligibility_counties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_locales" ADD CONSTRAINT "_policies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_outcomes" ADD CONSTRAINT "cases_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_outcomes_locales" ADD CONSTRAINT "cases_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_locales" ADD CONSTRAINT "cases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_outcomes" ADD CONSTRAINT "_cases_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_outcomes_locales" ADD CONSTRAINT "_cases_v_version_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v_version_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_parent_id_cases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_industry_id_industries_id_fk" FOREIGN KEY ("version_industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_park_id_parks_id_fk" FOREIGN KEY ("version_park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v_locales" ADD CONSTRAINT "_cases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries" ADD CONSTRAINT "industries_icon_id_media_id_fk" FOREIGN KEY ("icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries" ADD CONSTRAINT "industries_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_parent_id_industries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_version_icon_id_media_id_fk" FOREIGN KEY ("version_icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_locales" ADD CONSTRAINT "_industries_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_notes" ADD CONSTRAINT "enquiries_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries_notes" ADD CONSTRAINT "enquiries_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_seats" ADD CONSTRAINT "event_seats_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enquiries_fk" FOREIGN KEY ("enquiries_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_seats_fk" FOREIGN KEY ("event_seats_id") REFERENCES "public"."event_seats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_login_attempts_fk" FOREIGN KEY ("login_attempts_id") REFERENCES "public"."login_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_counters_fk" FOREIGN KEY ("rate_counters_id") REFERENCES "public"."rate_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_key_figures" ADD CONSTRAINT "home_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_key_figures_locales" ADD CONSTRAINT "home_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_charts_points" ADD CONSTRAINT "home_charts_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_charts_points_locales" ADD CONSTRAINT "home_charts_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_charts_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_charts" ADD CONSTRAINT "home_charts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_charts_locales" ADD CONSTRAINT "home_charts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home" ADD CONSTRAINT "home_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_locales" ADD CONSTRAINT "home_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_key_figures" ADD CONSTRAINT "_home_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_key_figures_locales" ADD CONSTRAINT "_home_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_charts_points" ADD CONSTRAINT "_home_v_version_charts_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v_version_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_charts_points_locales" ADD CONSTRAINT "_home_v_version_charts_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v_version_charts_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_charts" ADD CONSTRAINT "_home_v_version_charts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_charts_locales" ADD CONSTRAINT "_home_v_version_charts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v_version_charts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v" ADD CONSTRAINT "_home_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_home_v_locales" ADD CONSTRAINT "_home_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_require_both_languages" ADD CONSTRAINT "site_settings_require_both_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social" ADD CONSTRAINT "site_settings_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_locales" ADD CONSTRAINT "site_settings_social_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_social"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_pages_about_id_pages_id_fk" FOREIGN KEY ("pages_about_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_pages_privacy_id_pages_id_fk" FOREIGN KEY ("pages_privacy_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_pages_terms_id_pages_id_fk" FOREIGN KEY ("pages_terms_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_pages_accessibility_id_pages_id_fk" FOREIGN KEY ("pages_accessibility_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_require_both_languages" ADD CONSTRAINT "_site_settings_v_version_require_both_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_footer_links" ADD CONSTRAINT "_site_settings_v_version_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_footer_links_locales" ADD CONSTRAINT "_site_settings_v_version_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v_version_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_social" ADD CONSTRAINT "_site_settings_v_version_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_social_locales" ADD CONSTRAINT "_site_settings_v_version_social_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v_version_social"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_pages_about_id_pages_id_fk" FOREIGN KEY ("version_pages_about_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_pages_privacy_id_pages_id_fk" FOREIGN KEY ("version_pages_privacy_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_pages_terms_id_pages_id_fk" FOREIGN KEY ("version_pages_terms_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_pages_accessibility_id_pages_id_fk" FOREIGN KEY ("version_pages_accessibility_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v_locales" ADD CONSTRAINT "_site_settings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parks_key_figures_order_idx" ON "parks_key_figures" USING btree ("_order");
  CREATE INDEX "parks_key_figures_parent_id_idx" ON "parks_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "parks_key_figures_locales_locale_parent_id_unique" ON "parks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "parks_key_figures_locales_parent_idx" ON "parks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "parks_sites_order_idx" ON "parks_sites" USING btree ("_order");
  CREATE INDEX "parks_sites_parent_id_idx" ON "parks_sites" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "parks_sites_locales_locale_parent_id_unique" ON "parks_sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "parks_sites_locales_parent_idx" ON "parks_sites_locales" USING btree ("_parent_id");
  CREATE INDEX "parks_logistics_order_idx" ON "parks_logistics" USING btree ("_order");
  CREATE INDEX "parks_logistics_parent_id_idx" ON "parks_logistics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "parks_logistics_locales_locale_parent_id_unique" ON "parks_logistics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "parks_logistics_locales_parent_idx" ON "parks_logistics_locales" USING btree ("_parent_id");
  CREATE INDEX "parks_county_idx" ON "parks" USING btree ("county");
  CREATE INDEX "parks_level_idx" ON "parks" USING btree ("level");
  CREATE INDEX "parks_hero_image_idx" ON "parks" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "parks_slug_idx" ON "parks" USING btree ("slug");
  CREATE INDEX "parks_last_verified_idx" ON "parks" USING btree ("last_verified");
  CREATE INDEX "parks_zh_complete_idx" ON "parks" USING btree ("zh_complete");
  CREATE INDEX "parks_zh_hant_complete_idx" ON "parks" USING btree ("zh_hant_complete");
  CREATE INDEX "parks_en_complete_idx" ON "parks" USING btree ("en_complete");
  CREATE INDEX "parks_updated_by_idx" ON "parks" USING btree ("updated_by_id");
  CREATE INDEX "parks_updated_at_idx" ON "parks" USING btree ("updated_at");
  CREATE INDEX "parks_created_at_idx" ON "parks" USING btree ("created_at");
  CREATE INDEX "parks__status_idx" ON "parks" USING btree ("_status");
  CREATE UNIQUE INDEX "parks_locales_locale_parent_id_unique" ON "parks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "parks_locales_parent_idx" ON "parks_locales" USING btree ("_parent_id");
  CREATE INDEX "parks_rels_order_idx" ON "parks_rels" USING btree ("order");
  CREATE INDEX "parks_rels_parent_idx" ON "parks_rels" USING btree ("parent_id");
  CREATE INDEX "parks_rels_path_idx" ON "parks_rels" USING btree ("path");
  CREATE INDEX "parks_rels_industries_id_idx" ON "parks_rels" USING btree ("industries_id");
  CREATE INDEX "parks_rels_media_id_idx" ON "parks_rels" USING btree ("media_id");
  CREATE INDEX "parks_rels_policies_id_idx" ON "parks_rels" USING btree ("policies_id");
  CREATE INDEX "_parks_v_version_key_figures_order_idx" ON "_parks_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_parks_v_version_key_figures_parent_id_idx" ON "_parks_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_parks_v_version_key_figures_locales_locale_parent_id_unique" ON "_parks_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_version_key_figures_locales_parent_idx" ON "_parks_v_version_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_version_sites_order_idx" ON "_parks_v_version_sites" USING btree ("_order");
  CREATE INDEX "_parks_v_version_sites_parent_id_idx" ON "_parks_v_version_sites" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_parks_v_version_sites_locales_locale_parent_id_unique" ON "_parks_v_version_sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_version_sites_locales_parent_idx" ON "_parks_v_version_sites_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_version_logistics_order_idx" ON "_parks_v_version_logistics" USING btree ("_order");
  CREATE INDEX "_parks_v_version_logistics_parent_id_idx" ON "_parks_v_version_logistics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_parks_v_version_logistics_locales_locale_parent_id_unique" ON "_parks_v_version_logistics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_version_logistics_locales_parent_idx" ON "_parks_v_version_logistics_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_parent_idx" ON "_parks_v" USING btree ("parent_id");
  CREATE INDEX "_parks_v_version_version_county_idx" ON "_parks_v" USING btree ("version_county");
  CREATE INDEX "_parks_v_version_version_level_idx" ON "_parks_v" USING btree ("version_level");
  CREATE INDEX "_parks_v_version_version_hero_image_idx" ON "_parks_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_parks_v_version_version_slug_idx" ON "_parks_v" USING btree ("version_slug");
  CREATE INDEX "_parks_v_version_version_last_verified_idx" ON "_parks_v" USING btree ("version_last_verified");
  CREATE INDEX "_parks_v_version_version_zh_complete_idx" ON "_parks_v" USING btree ("version_zh_complete");
  CREATE INDEX "_parks_v_version_version_zh_hant_complete_idx" ON "_parks_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_parks_v_version_version_en_complete_idx" ON "_parks_v" USING btree ("version_en_complete");
  CREATE INDEX "_parks_v_version_version_updated_by_idx" ON "_parks_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_parks_v_version_version_updated_at_idx" ON "_parks_v" USING btree ("version_updated_at");
  CREATE INDEX "_parks_v_version_version_created_at_idx" ON "_parks_v" USING btree ("version_created_at");
  CREATE INDEX "_parks_v_version_version__status_idx" ON "_parks_v" USING btree ("version__status");
  CREATE INDEX "_parks_v_created_at_idx" ON "_parks_v" USING btree ("created_at");
  CREATE INDEX "_parks_v_updated_at_idx" ON "_parks_v" USING btree ("updated_at");
  CREATE INDEX "_parks_v_snapshot_idx" ON "_parks_v" USING btree ("snapshot");
  CREATE INDEX "_parks_v_published_locale_idx" ON "_parks_v" USING btree ("published_locale");
  CREATE INDEX "_parks_v_latest_idx" ON "_parks_v" USING btree ("latest");
  CREATE INDEX "_parks_v_autosave_idx" ON "_parks_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_parks_v_locales_locale_parent_id_unique" ON "_parks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_locales_parent_idx" ON "_parks_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_rels_order_idx" ON "_parks_v_rels" USING btree ("order");
  CREATE INDEX "_parks_v_rels_parent_idx" ON "_parks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_parks_v_rels_path_idx" ON "_parks_v_rels" USING btree ("path");
  CREATE INDEX "_parks_v_rels_industries_id_idx" ON "_parks_v_rels" USING btree ("industries_id");
  CREATE INDEX "_parks_v_rels_media_id_idx" ON "_parks_v_rels" USING btree ("media_id");
  CREATE INDEX "_parks_v_rels_policies_id_idx" ON "_parks_v_rels" USING btree ("policies_id");
  CREATE INDEX "policies_firm_origin_order_idx" ON "policies_firm_origin" USING btree ("order");
  CREATE INDEX "policies_firm_origin_parent_idx" ON "policies_firm_origin" USING btree ("parent_id");
  CREATE INDEX "policies_benefits_order_idx" ON "policies_benefits" USING btree ("_order");
  CREATE INDEX "policies_benefits_parent_id_idx" ON "policies_benefits" USING btree ("_parent_id");
  CREATE INDEX "policies_benefits_type_idx" ON "policies_benefits" USING btree ("type");
  CREATE UNIQUE INDEX "policies_benefits_locales_locale_parent_id_unique" ON "policies_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_benefits_locales_parent_idx" ON "policies_benefits_locales" USING btree ("_parent_id");
  CREATE INDEX "policies_eligibility_firm_sizes_order_idx" ON "policies_eligibility_firm_sizes" USING btree ("order");
  CREATE INDEX "policies_eligibility_firm_sizes_parent_idx" ON "policies_eligibility_firm_sizes" USING btree ("parent_id");
  CREATE INDEX "policies_eligibility_project_types_order_idx" ON "policies_eligibility_project_types" USING btree ("order");
  CREATE INDEX "policies_eligibility_project_types_parent_idx" ON "policies_eligibility_project_types" USING btree ("parent_id");
  CREATE INDEX "policies_eligibility_counties_order_idx" ON "policies_eligibility_counties" USING btree ("order");
  CREATE INDEX "policies_eligibility_counties_parent_idx" ON "policies_eligibility_counties" USING btree ("parent_id");
  CREATE INDEX "policies_document_number_idx" ON "policies" USING btree ("document_number");
  CREATE INDEX "policies_category_idx" ON "policies" USING btree ("category");
  CREATE INDEX "policies_effective_date_idx" ON "policies" USING btree ("effective_date");
  CREATE INDEX "policies_expiry_date_idx" ON "policies" USING btree ("expiry_date");
  CREATE UNIQUE INDEX "policies_slug_idx" ON "policies" USING btree ("slug");
  CREATE INDEX "policies_last_verified_idx" ON "policies" USING btree ("last_verified");
  CREATE INDEX "policies_zh_complete_idx" ON "policies" USING btree ("zh_complete");
  CREATE INDEX "policies_zh_hant_complete_idx" ON "policies" USING btree ("zh_hant_complete");
  CREATE INDEX "policies_en_complete_idx" ON "policies" USING btree ("en_complete");
  CREATE INDEX "policies_updated_by_idx" ON "policies" USING btree ("updated_by_id");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE UNIQUE INDEX "policies_locales_locale_parent_id_unique" ON "policies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_locales_parent_idx" ON "policies_locales" USING btree ("_parent_id");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_industries_id_idx" ON "policies_rels" USING btree ("industries_id");
  CREATE INDEX "policies_rels_parks_id_idx" ON "policies_rels" USING btree ("parks_id");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_version_firm_origin_order_idx" ON "_policies_v_version_firm_origin" USING btree ("order");
  CREATE INDEX "_policies_v_version_firm_origin_parent_idx" ON "_policies_v_version_firm_origin" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_benefits_order_idx" ON "_policies_v_version_benefits" USING btree ("_order");
  CREATE INDEX "_policies_v_version_benefits_parent_id_idx" ON "_policies_v_version_benefits" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_version_benefits_type_idx" ON "_policies_v_version_benefits" USING btree ("type");
  CREATE UNIQUE INDEX "_policies_v_version_benefits_locales_locale_parent_id_unique" ON "_policies_v_version_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_version_benefits_locales_parent_idx" ON "_policies_v_version_benefits_locales" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_version_eligibility_firm_sizes_order_idx" ON "_policies_v_version_eligibility_firm_sizes" USING btree ("order");
  CREATE INDEX "_policies_v_version_eligibility_firm_sizes_parent_idx" ON "_policies_v_version_eligibility_firm_sizes" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_eligibility_project_types_order_idx" ON "_policies_v_version_eligibility_project_types" USING btree ("order");
  CREATE INDEX "_policies_v_version_eligibility_project_types_parent_idx" ON "_policies_v_version_eligibility_project_types" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_eligibility_counties_order_idx" ON "_policies_v_version_eligibility_counties" USING btree ("order");
  CREATE INDEX "_policies_v_version_eligibility_counties_parent_idx" ON "_policies_v_version_eligibility_counties" USING btree ("parent_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_document_number_idx" ON "_policies_v" USING btree ("version_document_number");
  CREATE INDEX "_policies_v_version_version_category_idx" ON "_policies_v" USING btree ("version_category");
  CREATE INDEX "_policies_v_version_version_effective_date_idx" ON "_policies_v" USING btree ("version_effective_date");
  CREATE INDEX "_policies_v_version_version_expiry_date_idx" ON "_policies_v" USING btree ("version_expiry_date");
  CREATE INDEX "_policies_v_version_version_slug_idx" ON "_policies_v" USING btree ("version_slug");
  CREATE INDEX "_policies_v_version_version_last_verified_idx" ON "_policies_v" USING btree ("version_last_verified");
  CREATE INDEX "_policies_v_version_version_zh_complete_idx" ON "_policies_v" USING btree ("version_zh_complete");
  CREATE INDEX "_policies_v_version_version_zh_hant_complete_idx" ON "_policies_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_policies_v_version_version_en_complete_idx" ON "_policies_v" USING btree ("version_en_complete");
  CREATE INDEX "_policies_v_version_version_updated_by_idx" ON "_policies_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_snapshot_idx" ON "_policies_v" USING btree ("snapshot");
  CREATE INDEX "_policies_v_published_locale_idx" ON "_policies_v" USING btree ("published_locale");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "_policies_v_autosave_idx" ON "_policies_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_policies_v_locales_locale_parent_id_unique" ON "_policies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_locales_parent_idx" ON "_policies_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_industries_id_idx" ON "_policies_v_rels" USING btree ("industries_id");
  CREATE INDEX "_policies_v_rels_parks_id_idx" ON "_policies_v_rels" USING btree ("parks_id");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "events_type_idx" ON "events" USING btree ("type");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_cover_idx" ON "events" USING btree ("cover_id");
  CREATE INDEX "events_registration_registration_deadline_idx" ON "events" USING btree ("registration_deadline");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_zh_complete_idx" ON "events" USING btree ("zh_complete");
  CREATE INDEX "events_zh_hant_complete_idx" ON "events" USING btree ("zh_hant_complete");
  CREATE INDEX "events_en_complete_idx" ON "events" USING btree ("en_complete");
  CREATE INDEX "events_updated_by_idx" ON "events" USING btree ("updated_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_parks_id_idx" ON "events_rels" USING btree ("parks_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_type_idx" ON "_events_v" USING btree ("version_type");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_cover_idx" ON "_events_v" USING btree ("version_cover_id");
  CREATE INDEX "_events_v_version_registration_version_registration_dead_idx" ON "_events_v" USING btree ("version_registration_deadline");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_zh_complete_idx" ON "_events_v" USING btree ("version_zh_complete");
  CREATE INDEX "_events_v_version_version_zh_hant_complete_idx" ON "_events_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_events_v_version_version_en_complete_idx" ON "_events_v" USING btree ("version_en_complete");
  CREATE INDEX "_events_v_version_version_updated_by_idx" ON "_events_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_parks_id_idx" ON "_events_v_rels" USING btree ("parks_id");
  CREATE INDEX "cases_outcomes_order_idx" ON "cases_outcomes" USING btree ("_order");
  CREATE INDEX "cases_outcomes_parent_id_idx" ON "cases_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "cases_outcomes_locales_locale_parent_id_unique" ON "cases_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_outcomes_locales_parent_idx" ON "cases_outcomes_locales" USING btree ("_parent_id");
  CREATE INDEX "cases_origin_city_idx" ON "cases" USING btree ("origin_city");
  CREATE INDEX "cases_industry_idx" ON "cases" USING btree ("industry_id");
  CREATE INDEX "cases_park_idx" ON "cases" USING btree ("park_id");
  CREATE INDEX "cases_investment_year_idx" ON "cases" USING btree ("investment_year");
  CREATE INDEX "cases_logo_idx" ON "cases" USING btree ("logo_id");
  CREATE UNIQUE INDEX "cases_slug_idx" ON "cases" USING btree ("slug");
  CREATE INDEX "cases_zh_complete_idx" ON "cases" USING btree ("zh_complete");
  CREATE INDEX "cases_zh_hant_complete_idx" ON "cases" USING btree ("zh_hant_complete");
  CREATE INDEX "cases_en_complete_idx" ON "cases" USING btree ("en_complete");
  CREATE INDEX "cases_updated_by_idx" ON "cases" USING btree ("updated_by_id");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "cases__status_idx" ON "cases" USING btree ("_status");
  CREATE UNIQUE INDEX "cases_locales_locale_parent_id_unique" ON "cases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_locales_parent_idx" ON "cases_locales" USING btree ("_parent_id");
  CREATE INDEX "_cases_v_version_outcomes_order_idx" ON "_cases_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_cases_v_version_outcomes_parent_id_idx" ON "_cases_v_version_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_cases_v_version_outcomes_locales_locale_parent_id_unique" ON "_cases_v_version_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cases_v_version_outcomes_locales_parent_idx" ON "_cases_v_version_outcomes_locales" USING btree ("_parent_id");
  CREATE INDEX "_cases_v_parent_idx" ON "_cases_v" USING btree ("parent_id");
  CREATE INDEX "_cases_v_version_version_origin_city_idx" ON "_cases_v" USING btree ("version_origin_city");
  CREATE INDEX "_cases_v_version_version_industry_idx" ON "_cases_v" USING btree ("version_industry_id");
  CREATE INDEX "_cases_v_version_version_park_idx" ON "_cases_v" USING btree ("version_park_id");
  CREATE INDEX "_cases_v_version_version_investment_year_idx" ON "_cases_v" USING btree ("version_investment_year");
  CREATE INDEX "_cases_v_version_version_logo_idx" ON "_cases_v" USING btree ("version_logo_id");
  CREATE INDEX "_cases_v_version_version_slug_idx" ON "_cases_v" USING btree ("version_slug");
  CREATE INDEX "_cases_v_version_version_zh_complete_idx" ON "_cases_v" USING btree ("version_zh_complete");
  CREATE INDEX "_cases_v_version_version_zh_hant_complete_idx" ON "_cases_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_cases_v_version_version_en_complete_idx" ON "_cases_v" USING btree ("version_en_complete");
  CREATE INDEX "_cases_v_version_version_updated_by_idx" ON "_cases_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_cases_v_version_version_updated_at_idx" ON "_cases_v" USING btree ("version_updated_at");
  CREATE INDEX "_cases_v_version_version_created_at_idx" ON "_cases_v" USING btree ("version_created_at");
  CREATE INDEX "_cases_v_version_version__status_idx" ON "_cases_v" USING btree ("version__status");
  CREATE INDEX "_cases_v_created_at_idx" ON "_cases_v" USING btree ("created_at");
  CREATE INDEX "_cases_v_updated_at_idx" ON "_cases_v" USING btree ("updated_at");
  CREATE INDEX "_cases_v_snapshot_idx" ON "_cases_v" USING btree ("snapshot");
  CREATE INDEX "_cases_v_published_locale_idx" ON "_cases_v" USING btree ("published_locale");
  CREATE INDEX "_cases_v_latest_idx" ON "_cases_v" USING btree ("latest");
  CREATE INDEX "_cases_v_autosave_idx" ON "_cases_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_cases_v_locales_locale_parent_id_unique" ON "_cases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cases_v_locales_parent_idx" ON "_cases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "industries_icon_idx" ON "industries" USING btree ("icon_id");
  CREATE UNIQUE INDEX "industries_slug_idx" ON "industries" USING btree ("slug");
  CREATE INDEX "industries_zh_complete_idx" ON "industries" USING btree ("zh_complete");
  CREATE INDEX "industries_zh_hant_complete_idx" ON "industries" USING btree ("zh_hant_complete");
  CREATE INDEX "industries_en_complete_idx" ON "industries" USING btree ("en_complete");
  CREATE INDEX "industries_updated_by_idx" ON "industries" USING btree ("updated_by_id");
  CREATE INDEX "industries_updated_at_idx" ON "industries" USING btree ("updated_at");
  CREATE INDEX "industries_created_at_idx" ON "industries" USING btree ("created_at");
  CREATE INDEX "industries__status_idx" ON "industries" USING btree ("_status");
  CREATE UNIQUE INDEX "industries_locales_locale_parent_id_unique" ON "industries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "industries_locales_parent_idx" ON "industries_locales" USING btree ("_parent_id");
  CREATE INDEX "_industries_v_parent_idx" ON "_industries_v" USING btree ("parent_id");
  CREATE INDEX "_industries_v_version_version_icon_idx" ON "_industries_v" USING btree ("version_icon_id");
  CREATE INDEX "_industries_v_version_version_slug_idx" ON "_industries_v" USING btree ("version_slug");
  CREATE INDEX "_industries_v_version_version_zh_complete_idx" ON "_industries_v" USING btree ("version_zh_complete");
  CREATE INDEX "_industries_v_version_version_zh_hant_complete_idx" ON "_industries_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_industries_v_version_version_en_complete_idx" ON "_industries_v" USING btree ("version_en_complete");
  CREATE INDEX "_industries_v_version_version_updated_by_idx" ON "_industries_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_industries_v_version_version_updated_at_idx" ON "_industries_v" USING btree ("version_updated_at");
  CREATE INDEX "_industries_v_version_version_created_at_idx" ON "_industries_v" USING btree ("version_created_at");
  CREATE INDEX "_industries_v_version_version__status_idx" ON "_industries_v" USING btree ("version__status");
  CREATE INDEX "_industries_v_created_at_idx" ON "_industries_v" USING btree ("created_at");
  CREATE INDEX "_industries_v_updated_at_idx" ON "_industries_v" USING btree ("updated_at");
  CREATE INDEX "_industries_v_snapshot_idx" ON "_industries_v" USING btree ("snapshot");
  CREATE INDEX "_industries_v_published_locale_idx" ON "_industries_v" USING btree ("published_locale");
  CREATE INDEX "_industries_v_latest_idx" ON "_industries_v" USING btree ("latest");
  CREATE INDEX "_industries_v_autosave_idx" ON "_industries_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_industries_v_locales_locale_parent_id_unique" ON "_industries_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_locales_parent_idx" ON "_industries_v_locales" USING btree ("_parent_id");
  CREATE INDEX "news_kind_idx" ON "news" USING btree ("kind");
  CREATE INDEX "news_date_idx" ON "news" USING btree ("date");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_zh_complete_idx" ON "news" USING btree ("zh_complete");
  CREATE INDEX "news_zh_hant_complete_idx" ON "news" USING btree ("zh_hant_complete");
  CREATE INDEX "news_en_complete_idx" ON "news" USING btree ("en_complete");
  CREATE INDEX "news_updated_by_idx" ON "news" USING btree ("updated_by_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_locales_parent_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_parks_id_idx" ON "news_rels" USING btree ("parks_id");
  CREATE INDEX "news_rels_policies_id_idx" ON "news_rels" USING btree ("policies_id");
  CREATE INDEX "news_rels_events_id_idx" ON "news_rels" USING btree ("events_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_kind_idx" ON "_news_v" USING btree ("version_kind");
  CREATE INDEX "_news_v_version_version_date_idx" ON "_news_v" USING btree ("version_date");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_zh_complete_idx" ON "_news_v" USING btree ("version_zh_complete");
  CREATE INDEX "_news_v_version_version_zh_hant_complete_idx" ON "_news_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_news_v_version_version_en_complete_idx" ON "_news_v" USING btree ("version_en_complete");
  CREATE INDEX "_news_v_version_version_updated_by_idx" ON "_news_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_autosave_idx" ON "_news_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_locales_parent_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_parks_id_idx" ON "_news_v_rels" USING btree ("parks_id");
  CREATE INDEX "_news_v_rels_policies_id_idx" ON "_news_v_rels" USING btree ("policies_id");
  CREATE INDEX "_news_v_rels_events_id_idx" ON "_news_v_rels" USING btree ("events_id");
  CREATE INDEX "pages_kind_idx" ON "pages" USING btree ("kind");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_zh_complete_idx" ON "pages" USING btree ("zh_complete");
  CREATE INDEX "pages_zh_hant_complete_idx" ON "pages" USING btree ("zh_hant_complete");
  CREATE INDEX "pages_en_complete_idx" ON "pages" USING btree ("en_complete");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_kind_idx" ON "_pages_v" USING btree ("version_kind");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_zh_complete_idx" ON "_pages_v" USING btree ("version_zh_complete");
  CREATE INDEX "_pages_v_version_version_zh_hant_complete_idx" ON "_pages_v" USING btree ("version_zh_hant_complete");
  CREATE INDEX "_pages_v_version_version_en_complete_idx" ON "_pages_v" USING btree ("version_en_complete");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "enquiries_notes_order_idx" ON "enquiries_notes" USING btree ("_order");
  CREATE INDEX "enquiries_notes_parent_id_idx" ON "enquiries_notes" USING btree ("_parent_id");
  CREATE INDEX "enquiries_notes_author_idx" ON "enquiries_notes" USING btree ("author_id");
  CREATE UNIQUE INDEX "enquiries_reference_idx" ON "enquiries" USING btree ("reference");
  CREATE INDEX "enquiries_status_idx" ON "enquiries" USING btree ("status");
  CREATE INDEX "enquiries_assignee_idx" ON "enquiries" USING btree ("assignee_id");
  CREATE INDEX "enquiries_follow_up_date_idx" ON "enquiries" USING btree ("follow_up_date");
  CREATE INDEX "enquiries_industry_idx" ON "enquiries" USING btree ("industry_id");
  CREATE INDEX "enquiries_status_rank_idx" ON "enquiries" USING btree ("status_rank");
  CREATE INDEX "enquiries_ip_hash_idx" ON "enquiries" USING btree ("ip_hash");
  CREATE INDEX "enquiries_anonymised_at_idx" ON "enquiries" USING btree ("anonymised_at");
  CREATE INDEX "enquiries_updated_at_idx" ON "enquiries" USING btree ("updated_at");
  CREATE INDEX "enquiries_created_at_idx" ON "enquiries" USING btree ("created_at");
  CREATE INDEX "enquiries_rels_order_idx" ON "enquiries_rels" USING btree ("order");
  CREATE INDEX "enquiries_rels_parent_idx" ON "enquiries_rels" USING btree ("parent_id");
  CREATE INDEX "enquiries_rels_path_idx" ON "enquiries_rels" USING btree ("path");
  CREATE INDEX "enquiries_rels_parks_id_idx" ON "enquiries_rels" USING btree ("parks_id");
  CREATE INDEX "enquiries_rels_policies_id_idx" ON "enquiries_rels" USING btree ("policies_id");
  CREATE INDEX "enquiries_rels_cases_id_idx" ON "enquiries_rels" USING btree ("cases_id");
  CREATE UNIQUE INDEX "registrations_reference_idx" ON "registrations" USING btree ("reference");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_checked_in_idx" ON "registrations" USING btree ("checked_in");
  CREATE INDEX "registrations_ip_hash_idx" ON "registrations" USING btree ("ip_hash");
  CREATE INDEX "registrations_anonymised_at_idx" ON "registrations" USING btree ("anonymised_at");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_seats_event_idx" ON "event_seats" USING btree ("event_id");
  CREATE INDEX "event_seats_updated_at_idx" ON "event_seats" USING btree ("updated_at");
  CREATE INDEX "event_seats_created_at_idx" ON "event_seats" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "login_attempts_account_idx" ON "login_attempts" USING btree ("account");
  CREATE INDEX "login_attempts_address_idx" ON "login_attempts" USING btree ("address");
  CREATE INDEX "login_attempts_updated_at_idx" ON "login_attempts" USING btree ("updated_at");
  CREATE INDEX "login_attempts_created_at_idx" ON "login_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_counters_key_idx" ON "rate_counters" USING btree ("key");
  CREATE INDEX "rate_counters_updated_at_idx" ON "rate_counters" USING btree ("updated_at");
  CREATE INDEX "rate_counters_created_at_idx" ON "rate_counters" USING btree ("created_at");
  CREATE INDEX "search_index_section_idx" ON "search_index" USING btree ("section");
  CREATE INDEX "search_index_locale_idx" ON "search_index" USING btree ("locale");
  CREATE INDEX "search_index_doc_id_idx" ON "search_index" USING btree ("doc_id");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_parks_id_idx" ON "payload_locked_documents_rels" USING btree ("parks_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("cases_id");
  CREATE INDEX "payload_locked_documents_rels_industries_id_idx" ON "payload_locked_documents_rels" USING btree ("industries_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_enquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("enquiries_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_event_seats_id_idx" ON "payload_locked_documents_rels" USING btree ("event_seats_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_login_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("login_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_rate_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_counters_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "home_key_figures_order_idx" ON "home_key_figures" USING btree ("_order");
  CREATE INDEX "home_key_figures_parent_id_idx" ON "home_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "home_key_figures_locales_locale_parent_id_unique" ON "home_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_key_figures_locales_parent_idx" ON "home_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "home_charts_points_order_idx" ON "home_charts_points" USING btree ("_order");
  CREATE INDEX "home_charts_points_parent_id_idx" ON "home_charts_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "home_charts_points_locales_locale_parent_id_unique" ON "home_charts_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_charts_points_locales_parent_idx" ON "home_charts_points_locales" USING btree ("_parent_id");
  CREATE INDEX "home_charts_order_idx" ON "home_charts" USING btree ("_order");
  CREATE INDEX "home_charts_parent_id_idx" ON "home_charts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "home_charts_locales_locale_parent_id_unique" ON "home_charts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_charts_locales_parent_idx" ON "home_charts_locales" USING btree ("_parent_id");
  CREATE INDEX "home_hero_hero_image_idx" ON "home" USING btree ("hero_image_id");
  CREATE INDEX "home__status_idx" ON "home" USING btree ("_status");
  CREATE UNIQUE INDEX "home_locales_locale_parent_id_unique" ON "home_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_locales_parent_idx" ON "home_locales" USING btree ("_parent_id");
  CREATE INDEX "home_rels_order_idx" ON "home_rels" USING btree ("order");
  CREATE INDEX "home_rels_parent_idx" ON "home_rels" USING btree ("parent_id");
  CREATE INDEX "home_rels_path_idx" ON "home_rels" USING btree ("path");
  CREATE INDEX "home_rels_parks_id_idx" ON "home_rels" USING btree ("parks_id");
  CREATE INDEX "home_rels_cases_id_idx" ON "home_rels" USING btree ("cases_id");
  CREATE INDEX "_home_v_version_key_figures_order_idx" ON "_home_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_home_v_version_key_figures_parent_id_idx" ON "_home_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_home_v_version_key_figures_locales_locale_parent_id_unique" ON "_home_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_version_key_figures_locales_parent_idx" ON "_home_v_version_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_home_v_version_charts_points_order_idx" ON "_home_v_version_charts_points" USING btree ("_order");
  CREATE INDEX "_home_v_version_charts_points_parent_id_idx" ON "_home_v_version_charts_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_home_v_version_charts_points_locales_locale_parent_id_uniqu" ON "_home_v_version_charts_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_version_charts_points_locales_parent_idx" ON "_home_v_version_charts_points_locales" USING btree ("_parent_id");
  CREATE INDEX "_home_v_version_charts_order_idx" ON "_home_v_version_charts" USING btree ("_order");
  CREATE INDEX "_home_v_version_charts_parent_id_idx" ON "_home_v_version_charts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_home_v_version_charts_locales_locale_parent_id_unique" ON "_home_v_version_charts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_version_charts_locales_parent_idx" ON "_home_v_version_charts_locales" USING btree ("_parent_id");
  CREATE INDEX "_home_v_version_hero_version_hero_image_idx" ON "_home_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_home_v_version_version__status_idx" ON "_home_v" USING btree ("version__status");
  CREATE INDEX "_home_v_created_at_idx" ON "_home_v" USING btree ("created_at");
  CREATE INDEX "_home_v_updated_at_idx" ON "_home_v" USING btree ("updated_at");
  CREATE INDEX "_home_v_snapshot_idx" ON "_home_v" USING btree ("snapshot");
  CREATE INDEX "_home_v_published_locale_idx" ON "_home_v" USING btree ("published_locale");
  CREATE INDEX "_home_v_latest_idx" ON "_home_v" USING btree ("latest");
  CREATE INDEX "_home_v_autosave_idx" ON "_home_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_home_v_locales_locale_parent_id_unique" ON "_home_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_locales_parent_idx" ON "_home_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_home_v_rels_order_idx" ON "_home_v_rels" USING btree ("order");
  CREATE INDEX "_home_v_rels_parent_idx" ON "_home_v_rels" USING btree ("parent_id");
  CREATE INDEX "_home_v_rels_path_idx" ON "_home_v_rels" USING btree ("path");
  CREATE INDEX "_home_v_rels_parks_id_idx" ON "_home_v_rels" USING btree ("parks_id");
  CREATE INDEX "_home_v_rels_cases_id_idx" ON "_home_v_rels" USING btree ("cases_id");
  CREATE INDEX "site_settings_require_both_languages_order_idx" ON "site_settings_require_both_languages" USING btree ("order");
  CREATE INDEX "site_settings_require_both_languages_parent_idx" ON "site_settings_require_both_languages" USING btree ("parent_id");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_footer_links_locales_parent_idx" ON "site_settings_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_social_order_idx" ON "site_settings_social" USING btree ("_order");
  CREATE INDEX "site_settings_social_parent_id_idx" ON "site_settings_social" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_social_locales_locale_parent_id_unique" ON "site_settings_social_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_social_locales_parent_idx" ON "site_settings_social_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_pages_pages_about_idx" ON "site_settings" USING btree ("pages_about_id");
  CREATE INDEX "site_settings_pages_pages_privacy_idx" ON "site_settings" USING btree ("pages_privacy_id");
  CREATE INDEX "site_settings_pages_pages_terms_idx" ON "site_settings" USING btree ("pages_terms_id");
  CREATE INDEX "site_settings_pages_pages_accessibility_idx" ON "site_settings" USING btree ("pages_accessibility_id");
  CREATE INDEX "site_settings__status_idx" ON "site_settings" USING btree ("_status");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_locales_parent_idx" ON "site_settings_locales" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_require_both_languages_order_idx" ON "_site_settings_v_version_require_both_languages" USING btree ("order");
  CREATE INDEX "_site_settings_v_version_require_both_languages_parent_idx" ON "_site_settings_v_version_require_both_languages" USING btree ("parent_id");
  CREATE INDEX "_site_settings_v_version_footer_links_order_idx" ON "_site_settings_v_version_footer_links" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_footer_links_parent_id_idx" ON "_site_settings_v_version_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_site_settings_v_version_footer_links_locales_locale_parent_" ON "_site_settings_v_version_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_settings_v_version_footer_links_locales_parent_idx" ON "_site_settings_v_version_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_social_order_idx" ON "_site_settings_v_version_social" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_social_parent_id_idx" ON "_site_settings_v_version_social" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_site_settings_v_version_social_locales_locale_parent_id_uni" ON "_site_settings_v_version_social_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_settings_v_version_social_locales_parent_idx" ON "_site_settings_v_version_social_locales" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_pages_version_pages_about_idx" ON "_site_settings_v" USING btree ("version_pages_about_id");
  CREATE INDEX "_site_settings_v_version_pages_version_pages_privacy_idx" ON "_site_settings_v" USING btree ("version_pages_privacy_id");
  CREATE INDEX "_site_settings_v_version_pages_version_pages_terms_idx" ON "_site_settings_v" USING btree ("version_pages_terms_id");
  CREATE INDEX "_site_settings_v_version_pages_version_pages_accessibili_idx" ON "_site_settings_v" USING btree ("version_pages_accessibility_id");
  CREATE INDEX "_site_settings_v_version_version__status_idx" ON "_site_settings_v" USING btree ("version__status");
  CREATE INDEX "_site_settings_v_created_at_idx" ON "_site_settings_v" USING btree ("created_at");
  CREATE INDEX "_site_settings_v_updated_at_idx" ON "_site_settings_v" USING btree ("updated_at");
  CREATE INDEX "_site_settings_v_snapshot_idx" ON "_site_settings_v" USING btree ("snapshot");
  CREATE INDEX "_site_settings_v_published_locale_idx" ON "_site_settings_v" USING btree ("published_locale");
  CREATE INDEX "_site_settings_v_latest_idx" ON "_site_settings_v" USING btree ("latest");
  CREATE INDEX "_site_settings_v_autosave_idx" ON "_site_settings_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_site_settings_v_locales_locale_parent_id_unique" ON "_site_settings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_settings_v_locales_parent_idx" ON "_site_settings_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "parks_key_figures" CASCADE;
  DROP TABLE "parks_key_figures_locales" CASCADE;
  DROP TABLE "parks_sites" CASCADE;
  DROP TABLE "parks_sites_locales" CASCADE;
  DROP TABLE "parks_logistics" CASCADE;
  DROP TABLE "parks_logistics_locales" CASCADE;
  DROP TABLE "parks" CASCADE;
  DROP TABLE "parks_locales" CASCADE;
  DROP TABLE "parks_rels" CASCADE;
  DROP TABLE "_parks_v_version_key_figures" CASCADE;
  DROP TABLE "_parks_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_parks_v_version_sites" CASCADE;
  DROP TABLE "_parks_v_version_sites_locales" CASCADE;
  DROP TABLE "_parks_v_version_logistics" CASCADE;
  DROP TABLE "_parks_v_version_logistics_locales" CASCADE;
  DROP TABLE "_parks_v" CASCADE;
  DROP TABLE "_parks_v_locales" CASCADE;
  DROP TABLE "_parks_v_rels" CASCADE;
  DROP TABLE "policies_firm_origin" CASCADE;
  DROP TABLE "policies_benefits" CASCADE;
  DROP TABLE "policies_benefits_locales" CASCADE;
  DROP TABLE "policies_eligibility_firm_sizes" CASCADE;
  DROP TABLE "policies_eligibility_project_types" CASCADE;
  DROP TABLE "policies_eligibility_counties" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_locales" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v_version_firm_origin" CASCADE;
  DROP TABLE "_policies_v_version_benefits" CASCADE;
  DROP TABLE "_policies_v_version_benefits_locales" CASCADE;
  DROP TABLE "_policies_v_version_eligibility_firm_sizes" CASCADE;
  DROP TABLE "_policies_v_version_eligibility_project_types" CASCADE;
  DROP TABLE "_policies_v_version_eligibility_counties" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_locales" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "cases_outcomes" CASCADE;
  DROP TABLE "cases_outcomes_locales" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "cases_locales" CASCADE;
  DROP TABLE "_cases_v_version_outcomes" CASCADE;
  DROP TABLE "_cases_v_version_outcomes_locales" CASCADE;
  DROP TABLE "_cases_v" CASCADE;
  DROP TABLE "_cases_v_locales" CASCADE;
  DROP TABLE "industries" CASCADE;
  DROP TABLE "industries_locales" CASCADE;
  DROP TABLE "_industries_v" CASCADE;
  DROP TABLE "_industries_v_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "enquiries_notes" CASCADE;
  DROP TABLE "enquiries" CASCADE;
  DROP TABLE "enquiries_rels" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "event_seats" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "login_attempts" CASCADE;
  DROP TABLE "rate_counters" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "home_key_figures" CASCADE;
  DROP TABLE "home_key_figures_locales" CASCADE;
  DROP TABLE "home_charts_points" CASCADE;
  DROP TABLE "home_charts_points_locales" CASCADE;
  DROP TABLE "home_charts" CASCADE;
  DROP TABLE "home_charts_locales" CASCADE;
  DROP TABLE "home" CASCADE;
  DROP TABLE "home_locales" CASCADE;
  DROP TABLE "home_rels" CASCADE;
  DROP TABLE "_home_v_version_key_figures" CASCADE;
  DROP TABLE "_home_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_home_v_version_charts_points" CASCADE;
  DROP TABLE "_home_v_version_charts_points_locales" CASCADE;
  DROP TABLE "_home_v_version_charts" CASCADE;
  DROP TABLE "_home_v_version_charts_locales" CASCADE;
  DROP TABLE "_home_v" CASCADE;
  DROP TABLE "_home_v_locales" CASCADE;
  DROP TABLE "_home_v_rels" CASCADE;
  DROP TABLE "site_settings_require_both_languages" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings_social" CASCADE;
  DROP TABLE "site_settings_social_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "_site_settings_v_version_require_both_languages" CASCADE;
  DROP TABLE "_site_settings_v_version_footer_links" CASCADE;
  DROP TABLE "_site_settings_v_version_footer_links_locales" CASCADE;
  DROP TABLE "_site_settings_v_version_social" CASCADE;
  DROP TABLE "_site_settings_v_version_social_locales" CASCADE;
  DROP TABLE "_site_settings_v" CASCADE;
  DROP TABLE "_site_settings_v_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_parks_key_figures_qualifier";
  DROP TYPE "public"."enum_parks_key_figures_format";
  DROP TYPE "public"."enum_parks_sites_kind";
  DROP TYPE "public"."enum_parks_sites_status";
  DROP TYPE "public"."enum_parks_sites_area_unit";
  DROP TYPE "public"."enum_parks_logistics_destination";
  DROP TYPE "public"."enum_parks_logistics_mode";
  DROP TYPE "public"."enum_parks_county";
  DROP TYPE "public"."enum_parks_level";
  DROP TYPE "public"."enum_parks_planned_area_unit";
  DROP TYPE "public"."enum_parks_built_area_unit";
  DROP TYPE "public"."enum_parks_status";
  DROP TYPE "public"."enum__parks_v_version_key_figures_qualifier";
  DROP TYPE "public"."enum__parks_v_version_key_figures_format";
  DROP TYPE "public"."enum__parks_v_version_sites_kind";
  DROP TYPE "public"."enum__parks_v_version_sites_status";
  DROP TYPE "public"."enum__parks_v_version_sites_area_unit";
  DROP TYPE "public"."enum__parks_v_version_logistics_destination";
  DROP TYPE "public"."enum__parks_v_version_logistics_mode";
  DROP TYPE "public"."enum__parks_v_version_county";
  DROP TYPE "public"."enum__parks_v_version_level";
  DROP TYPE "public"."enum__parks_v_version_planned_area_unit";
  DROP TYPE "public"."enum__parks_v_version_built_area_unit";
  DROP TYPE "public"."enum__parks_v_version_status";
  DROP TYPE "public"."enum__parks_v_published_locale";
  DROP TYPE "public"."enum_policies_firm_origin";
  DROP TYPE "public"."enum_policies_benefits_type";
  DROP TYPE "public"."enum_policies_eligibility_firm_sizes";
  DROP TYPE "public"."enum_policies_eligibility_project_types";
  DROP TYPE "public"."enum_policies_eligibility_counties";
  DROP TYPE "public"."enum_policies_category";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_firm_origin";
  DROP TYPE "public"."enum__policies_v_version_benefits_type";
  DROP TYPE "public"."enum__policies_v_version_eligibility_firm_sizes";
  DROP TYPE "public"."enum__policies_v_version_eligibility_project_types";
  DROP TYPE "public"."enum__policies_v_version_eligibility_counties";
  DROP TYPE "public"."enum__policies_v_version_category";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum__policies_v_published_locale";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_registration_status";
  DROP TYPE "public"."enum_events_registration_method";
  DROP TYPE "public"."enum_events_registration_deadline_tz";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_type";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_registration_status";
  DROP TYPE "public"."enum__events_v_version_registration_method";
  DROP TYPE "public"."enum__events_v_version_registration_deadline_tz";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_cases_outcomes_qualifier";
  DROP TYPE "public"."enum_cases_outcomes_format";
  DROP TYPE "public"."enum_cases_origin_city";
  DROP TYPE "public"."enum_cases_status";
  DROP TYPE "public"."enum__cases_v_version_outcomes_qualifier";
  DROP TYPE "public"."enum__cases_v_version_outcomes_format";
  DROP TYPE "public"."enum__cases_v_version_origin_city";
  DROP TYPE "public"."enum__cases_v_version_status";
  DROP TYPE "public"."enum__cases_v_published_locale";
  DROP TYPE "public"."enum_industries_status";
  DROP TYPE "public"."enum__industries_v_version_status";
  DROP TYPE "public"."enum__industries_v_published_locale";
  DROP TYPE "public"."enum_news_kind";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_kind";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_pages_kind";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_kind";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_enquiries_status";
  DROP TYPE "public"."enum_enquiries_preferred_language";
  DROP TYPE "public"."enum_enquiries_investment";
  DROP TYPE "public"."enum_enquiries_premises";
  DROP TYPE "public"."enum_enquiries_locale";
  DROP TYPE "public"."enum_enquiries_notification";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_language";
  DROP TYPE "public"."enum_registrations_confirmation";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_search_index_section";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_home_key_figures_qualifier";
  DROP TYPE "public"."enum_home_key_figures_format";
  DROP TYPE "public"."enum_home_charts_data";
  DROP TYPE "public"."enum_home_status";
  DROP TYPE "public"."enum__home_v_version_key_figures_qualifier";
  DROP TYPE "public"."enum__home_v_version_key_figures_format";
  DROP TYPE "public"."enum__home_v_version_charts_data";
  DROP TYPE "public"."enum__home_v_version_status";
  DROP TYPE "public"."enum__home_v_published_locale";
  DROP TYPE "public"."enum_site_settings_require_both_languages";
  DROP TYPE "public"."enum_site_settings_social_platform";
  DROP TYPE "public"."enum_site_settings_status";
  DROP TYPE "public"."enum__site_settings_v_version_require_both_languages";
  DROP TYPE "public"."enum__site_settings_v_version_social_platform";
  DROP TYPE "public"."enum__site_settings_v_version_status";
  DROP TYPE "public"."enum__site_settings_v_published_locale";`)
}
