import * as migration_20261127_043444_initial from './20261127_043444_initial';
import * as migration_20261127_072842_enquiries from './20261127_072842_enquiries';

export const migrations = [
  {
    up: migration_20261127_043444_initial.up,
    down: migration_20261127_043444_initial.down,
    name: '20261127_043444_initial',
  },
  {
    up: migration_20261127_072842_enquiries.up,
    down: migration_20261127_072842_enquiries.down,
    name: '20261127_072842_enquiries'
  },
];
