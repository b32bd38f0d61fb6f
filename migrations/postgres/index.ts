import * as migration_20261205_122134_initial from './20261205_122134_initial';
import * as migration_20261205_130000_search_gin from './20261205_130000_search_gin';
import * as migration_20261207_010000_search_across_scripts from './20261207_010000_search_across_scripts';
import * as migration_20261207_010829_sample_facts from './20261207_010829_sample_facts';
import * as migration_20261207_035856_map_position_sample from './20261207_035856_map_position_sample';
import * as migration_20261207_073027_review_workflow from './20261207_073027_review_workflow';
import * as migration_20261207_075032_sector_teams from './20261207_075032_sector_teams';
import * as migration_20261207_100457_slugs_and_redirects from './20261207_100457_slugs_and_redirects';
import * as migration_20261207_102238_spreadsheets from './20261207_102238_spreadsheets';
import * as migration_20261207_132919_site_settings_data_licence from './20261207_132919_site_settings_data_licence';
import * as migration_20261207_154838_setup_guide from './20261207_154838_setup_guide';
import * as migration_20261207_160221_aftercare from './20261207_160221_aftercare';
import * as migration_20261207_191352_projects from './20261207_191352_projects';
import * as migration_20261207_215713_park_cost_ranges from './20261207_215713_park_cost_ranges';

export const migrations = [
  {
    up: migration_20261205_122134_initial.up,
    down: migration_20261205_122134_initial.down,
    name: '20261205_122134_initial',
  },
  {
    up: migration_20261205_130000_search_gin.up,
    down: migration_20261205_130000_search_gin.down,
    name: '20261205_130000_search_gin',
  },
  {
    up: migration_20261207_010000_search_across_scripts.up,
    down: migration_20261207_010000_search_across_scripts.down,
    name: '20261207_010000_search_across_scripts',
  },
  {
    up: migration_20261207_010829_sample_facts.up,
    down: migration_20261207_010829_sample_facts.down,
    name: '20261207_010829_sample_facts',
  },
  {
    up: migration_20261207_035856_map_position_sample.up,
    down: migration_20261207_035856_map_position_sample.down,
    name: '20261207_035856_map_position_sample',
  },
  {
    up: migration_20261207_073027_review_workflow.up,
    down: migration_20261207_073027_review_workflow.down,
    name: '20261207_073027_review_workflow',
  },
  {
    up: migration_20261207_075032_sector_teams.up,
    down: migration_20261207_075032_sector_teams.down,
    name: '20261207_075032_sector_teams',
  },
  {
    up: migration_20261207_100457_slugs_and_redirects.up,
    down: migration_20261207_100457_slugs_and_redirects.down,
    name: '20261207_100457_slugs_and_redirects',
  },
  {
    up: migration_20261207_102238_spreadsheets.up,
    down: migration_20261207_102238_spreadsheets.down,
    name: '20261207_102238_spreadsheets',
  },
  {
    up: migration_20261207_132919_site_settings_data_licence.up,
    down: migration_20261207_132919_site_settings_data_licence.down,
    name: '20261207_132919_site_settings_data_licence',
  },
  {
    up: migration_20261207_154838_setup_guide.up,
    down: migration_20261207_154838_setup_guide.down,
    name: '20261207_154838_setup_guide',
  },
  {
    up: migration_20261207_160221_aftercare.up,
    down: migration_20261207_160221_aftercare.down,
    name: '20261207_160221_aftercare',
  },
  {
    up: migration_20261207_191352_projects.up,
    down: migration_20261207_191352_projects.down,
    name: '20261207_191352_projects',
  },
  {
    up: migration_20261207_215713_park_cost_ranges.up,
    down: migration_20261207_215713_park_cost_ranges.down,
    name: '20261207_215713_park_cost_ranges'
  },
];
