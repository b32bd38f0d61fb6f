import * as migration_20261127_043444_initial from './20261127_043444_initial';

export const migrations = [
  {
    up: migration_20261127_043444_initial.up,
    down: migration_20261127_043444_initial.down,
    name: '20261127_043444_initial'
  },
];
