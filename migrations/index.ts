import * as migration_20261127_043444_initial from './20261127_043444_initial';
import * as migration_20261127_072842_enquiries from './20261127_072842_enquiries';
import * as migration_20261127_074342_editorial_workflow from './20261127_074342_editorial_workflow';
import * as migration_20261129_074218_login_attempts from './20261129_074218_login_attempts';
import * as migration_20261129_083412_search_index from './20261129_083412_search_index';
import * as migration_20261129_110830_locales_parent_index from './20261129_110830_locales_parent_index';
import * as migration_20261129_125016_investor_tools from './20261129_125016_investor_tools';
import * as migration_20261129_135622_figure_qualifiers from './20261129_135622_figure_qualifiers';
import * as migration_20261129_143134_require_both_languages from './20261129_143134_require_both_languages';
import * as migration_20261129_155221_news_pages_retention from './20261129_155221_news_pages_retention';
import * as migration_20261129_161511_event_registrations from './20261129_161511_event_registrations';
import * as migration_20261129_162226_home_charts from './20261129_162226_home_charts';
import * as migration_20261129_173026_traditional_chinese from './20261129_173026_traditional_chinese';
import * as migration_20261129_183528_media_in_object_storage from './20261129_183528_media_in_object_storage';
import * as migration_20261205_084000_rate_counters from './20261205_084000_rate_counters';
import * as migration_20261205_130000_search_fts from './20261205_130000_search_fts';
import * as migration_20261207_010000_search_across_scripts from './20261207_010000_search_across_scripts';
import * as migration_20261207_010812_sample_facts from './20261207_010812_sample_facts';
import * as migration_20261207_073014_review_workflow from './20261207_073014_review_workflow';
import * as migration_20261207_075013_sector_teams from './20261207_075013_sector_teams';
import * as migration_20261207_100446_slugs_and_redirects from './20261207_100446_slugs_and_redirects';
import * as migration_20261207_102225_spreadsheets from './20261207_102225_spreadsheets';
import * as migration_20261207_132858_site_settings_data_licence from './20261207_132858_site_settings_data_licence';
import * as migration_20261207_154818_setup_guide from './20261207_154818_setup_guide';
import * as migration_20261207_160152_aftercare from './20261207_160152_aftercare';
import * as migration_20261207_191318_projects from './20261207_191318_projects';
import * as migration_20261207_215657_park_cost_ranges from './20261207_215657_park_cost_ranges';

export const migrations = [
  {
    up: migration_20261127_043444_initial.up,
    down: migration_20261127_043444_initial.down,
    name: '20261127_043444_initial',
  },
  {
    up: migration_20261127_072842_enquiries.up,
    down: migration_20261127_072842_enquiries.down,
    name: '20261127_072842_enquiries',
  },
  {
    up: migration_20261127_074342_editorial_workflow.up,
    down: migration_20261127_074342_editorial_workflow.down,
    name: '20261127_074342_editorial_workflow',
  },
  {
    up: migration_20261129_074218_login_attempts.up,
    down: migration_20261129_074218_login_attempts.down,
    name: '20261129_074218_login_attempts',
  },
  {
    up: migration_20261129_083412_search_index.up,
    down: migration_20261129_083412_search_index.down,
    name: '20261129_083412_search_index',
  },
  {
    up: migration_20261129_110830_locales_parent_index.up,
    down: migration_20261129_110830_locales_parent_index.down,
    name: '20261129_110830_locales_parent_index',
  },
  {
    up: migration_20261129_125016_investor_tools.up,
    down: migration_20261129_125016_investor_tools.down,
    name: '20261129_125016_investor_tools',
  },
  {
    up: migration_20261129_135622_figure_qualifiers.up,
    down: migration_20261129_135622_figure_qualifiers.down,
    name: '20261129_135622_figure_qualifiers',
  },
  {
    up: migration_20261129_143134_require_both_languages.up,
    down: migration_20261129_143134_require_both_languages.down,
    name: '20261129_143134_require_both_languages',
  },
  {
    up: migration_20261129_155221_news_pages_retention.up,
    down: migration_20261129_155221_news_pages_retention.down,
    name: '20261129_155221_news_pages_retention',
  },
  {
    up: migration_20261129_161511_event_registrations.up,
    down: migration_20261129_161511_event_registrations.down,
    name: '20261129_161511_event_registrations',
  },
  {
    up: migration_20261129_162226_home_charts.up,
    down: migration_20261129_162226_home_charts.down,
    name: '20261129_162226_home_charts',
  },
  {
    up: migration_20261129_173026_traditional_chinese.up,
    down: migration_20261129_173026_traditional_chinese.down,
    name: '20261129_173026_traditional_chinese',
  },
  {
    up: migration_20261129_183528_media_in_object_storage.up,
    down: migration_20261129_183528_media_in_object_storage.down,
    name: '20261129_183528_media_in_object_storage',
  },
  {
    up: migration_20261205_084000_rate_counters.up,
    down: migration_20261205_084000_rate_counters.down,
    name: '20261205_084000_rate_counters',
  },
  {
    up: migration_20261205_130000_search_fts.up,
    down: migration_20261205_130000_search_fts.down,
    name: '20261205_130000_search_fts',
  },
  {
    up: migration_20261207_010000_search_across_scripts.up,
    down: migration_20261207_010000_search_across_scripts.down,
    name: '20261207_010000_search_across_scripts',
  },
  {
    up: migration_20261207_010812_sample_facts.up,
    down: migration_20261207_010812_sample_facts.down,
    name: '20261207_010812_sample_facts',
  },
  {
    up: migration_20261207_073014_review_workflow.up,
    down: migration_20261207_073014_review_workflow.down,
    name: '20261207_073014_review_workflow',
  },
  {
    up: migration_20261207_075013_sector_teams.up,
    down: migration_20261207_075013_sector_teams.down,
    name: '20261207_075013_sector_teams',
  },
  {
    up: migration_20261207_100446_slugs_and_redirects.up,
    down: migration_20261207_100446_slugs_and_redirects.down,
    name: '20261207_100446_slugs_and_redirects',
  },
  {
    up: migration_20261207_102225_spreadsheets.up,
    down: migration_20261207_102225_spreadsheets.down,
    name: '20261207_102225_spreadsheets',
  },
  {
    up: migration_20261207_132858_site_settings_data_licence.up,
    down: migration_20261207_132858_site_settings_data_licence.down,
    name: '20261207_132858_site_settings_data_licence',
  },
  {
    up: migration_20261207_154818_setup_guide.up,
    down: migration_20261207_154818_setup_guide.down,
    name: '20261207_154818_setup_guide',
  },
  {
    up: migration_20261207_160152_aftercare.up,
    down: migration_20261207_160152_aftercare.down,
    name: '20261207_160152_aftercare',
  },
  {
    up: migration_20261207_191318_projects.up,
    down: migration_20261207_191318_projects.down,
    name: '20261207_191318_projects',
  },
  {
    up: migration_20261207_215657_park_cost_ranges.up,
    down: migration_20261207_215657_park_cost_ranges.down,
    name: '20261207_215657_park_cost_ranges'
  },
];
