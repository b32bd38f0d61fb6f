import * as migration_20261205_122134_initial from './20261205_122134_initial';

export const migrations = [
  {
    up: migration_20261205_122134_initial.up,
    down: migration_20261205_122134_initial.down,
    name: '20261205_122134_initial'
  },
];
